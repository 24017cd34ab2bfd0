package io.claimflow.store.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The orders narratives can be listed in, each ending in the narrative id (descending), so the order is total. */
public enum NarrativeSort {
    /** Most claims first. */
    SIZE,
    /** Most sources plus languages first. */
    SPREAD,
    /** Most recently seen (its latest claim's document) first. */
    RECENT;

    /** The order a client asks for by leaving {@code sort} out. */
    public static final NarrativeSort DEFAULT = RECENT;

    /** The name clients use in {@code sort}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order with this name, any case, surrounding blanks ignored; empty if there is none. */
    public static Optional<NarrativeSort> fromWireName(String value) {
        return Arrays.stream(values())
                .filter(sort -> sort.wireName().equalsIgnoreCase(value.strip()))
                .findFirst();
    }

    /** Every order's name, for messages and documentation: "size, spread or recent". */
    public static String wireNames() {
        String names = Arrays.stream(values()).map(NarrativeSort::wireName).collect(Collectors.joining(", "));
        int last = names.lastIndexOf(", ");
        return names.substring(0, last) + " or " + names.substring(last + 2);
    }
}
