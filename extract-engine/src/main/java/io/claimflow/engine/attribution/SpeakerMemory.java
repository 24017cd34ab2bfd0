package io.claimflow.engine.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The people a document has named so far, with the roles it gave them, so that "he", "the general" and a bare surname
 * resolve to the full name. One per document: not shared between threads.
 */
final class SpeakerMemory {

    private static final int MIN_ROLE_PREFIX = 3;

    private final List<Person> people = new ArrayList<>();

    void remember(String name, Set<String> roles) {
        Set<String> allRoles = new HashSet<>(roles);
        people.removeIf(person -> person.name().equals(name) && allRoles.addAll(person.roles()) | true);
        people.add(new Person(name, Set.copyOf(allRoles)));
    }

    /** The most recently named person. */
    Optional<String> last() {
        return people.isEmpty()
                ? Optional.empty()
                : Optional.of(people.get(people.size() - 1).name());
    }

    /** The most recent person with a role like {@code role} ("general" matches "Gen."). */
    Optional<String> withRole(String role) {
        for (int i = people.size() - 1; i >= 0; i--) {
            for (String known : people.get(i).roles()) {
                if (known.length() >= MIN_ROLE_PREFIX && (role.startsWith(known) || known.startsWith(role))) {
                    return Optional.of(people.get(i).name());
                }
            }
        }
        return Optional.empty();
    }

    /** The full name of the most recent person whose name ends with {@code surname}. */
    Optional<String> fullName(String surname) {
        for (int i = people.size() - 1; i >= 0; i--) {
            String name = people.get(i).name();
            if (name.endsWith(" " + surname)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private record Person(String name, Set<String> roles) {}
}
