package io.claimflow.store.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the query API names the values of its choice parameters: lower case, read in any case, listed for messages. */
final class WireNames {

    private WireNames() {}

    /** The name clients use for a value. */
    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The value with this name, any case, surrounding blanks ignored; empty if there is none. */
    static <E extends Enum<E>> Optional<E> find(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> of(value).equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    /** Every value's name, for messages and documentation: "a or b", "a, b or c". */
    static <E extends Enum<E>> String list(Class<E> type) {
        String names = Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", "));
        int last = names.lastIndexOf(", ");
        return last < 0 ? names : names.substring(0, last) + " or " + names.substring(last + 2);
    }
}
