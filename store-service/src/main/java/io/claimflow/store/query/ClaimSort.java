package io.claimflow.store.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The orders claims can be listed in; both end in the store's sequence number, so the order is total. */
public enum ClaimSort {
    /** Most recently stored first. */
    NEWEST,
    /** Most check-worthy first, then most recently stored. */
    SCORE;

    /** The order a client asks for by leaving {@code sort} out. */
    public static final ClaimSort DEFAULT = NEWEST;

    /** The name clients use in {@code sort}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order with this name, any case, surrounding blanks ignored; empty if there is none. */
    public static Optional<ClaimSort> fromWireName(String value) {
        return Arrays.stream(values())
                .filter(sort -> sort.wireName().equalsIgnoreCase(value.strip()))
                .findFirst();
    }

    /** Every order's name, for messages and documentation: "newest or score". */
    public static String wireNames() {
        return Arrays.stream(values()).map(ClaimSort::wireName).collect(Collectors.joining(" or "));
    }
}
