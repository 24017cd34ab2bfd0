package io.claimflow.store.query;

import java.util.Optional;

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
        return WireNames.of(this);
    }

    /** The order with this name, any case, surrounding blanks ignored; empty if there is none. */
    public static Optional<NarrativeSort> fromWireName(String value) {
        return WireNames.find(NarrativeSort.class, value);
    }

    /** Every order's name, for messages and documentation. */
    public static String wireNames() {
        return WireNames.list(NarrativeSort.class);
    }
}
