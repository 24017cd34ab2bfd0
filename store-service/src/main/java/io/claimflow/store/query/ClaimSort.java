package io.claimflow.store.query;

import java.util.Optional;

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
        return WireNames.of(this);
    }

    /** The order with this name, any case, surrounding blanks ignored; empty if there is none. */
    public static Optional<ClaimSort> fromWireName(String value) {
        return WireNames.find(ClaimSort.class, value);
    }

    /** Every order's name, for messages and documentation. */
    public static String wireNames() {
        return WireNames.list(ClaimSort.class);
    }
}
