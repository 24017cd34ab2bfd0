package io.claimflow.store.query;

import java.util.Optional;

/** The forms {@code GET /claims} answers in: JSON, one page at a time, or CSV, every matching claim in one answer. */
public enum ClaimFormat {
    JSON,
    CSV;

    /** The name clients use in {@code format}. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** The format with this name, any case, surrounding blanks ignored; empty if there is none. */
    public static Optional<ClaimFormat> fromWireName(String value) {
        return WireNames.find(ClaimFormat.class, value);
    }

    /** Every format's name, for messages and documentation. */
    public static String wireNames() {
        return WireNames.list(ClaimFormat.class);
    }
}
