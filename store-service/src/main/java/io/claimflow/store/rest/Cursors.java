package io.claimflow.store.rest;

import io.claimflow.store.service.ClaimSort;
import io.claimflow.store.service.PagePosition;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Page cursors: opaque to clients, so the ordering behind them can change without breaking their links. */
final class Cursors {

    private Cursors() {}

    static String encode(PagePosition position) {
        String plain = position.sort() == ClaimSort.NEWEST
                ? "n:" + position.seq()
                : "s:" + Double.toHexString(position.score()) + ":" + position.seq();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for, null for none; a cursor we did not issue for this order is reported. */
    static PagePosition decode(String cursor, ClaimSort sort, ClaimQueryParams params) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (sort == ClaimSort.NEWEST && parts.length == 2 && parts[0].equals("n")) {
                return new PagePosition(sort, 0, Long.parseLong(parts[1]));
            }
            if (sort == ClaimSort.SCORE && parts.length == 3 && parts[0].equals("s")) {
                return new PagePosition(sort, Double.parseDouble(parts[1]), Long.parseLong(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            // not one of ours; NumberFormatException is an IllegalArgumentException
        }
        params.reject("cursor", "is not a cursor this API issued for sort=" + sort.name().toLowerCase(java.util.Locale.ROOT));
        return null;
    }
}
