package io.claimflow.store.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Page cursors: opaque to clients, so the ordering behind them can change without breaking links. */
final class Cursors {

    private static final String PREFIX = "seq:";

    private Cursors() {}

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for, null for none; a cursor we did not issue is a 400. */
    static Long decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return Long.parseLong(decoded.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below; NumberFormatException is an IllegalArgumentException
        }
        throw ClaimResource.badParameter("cursor", "is not a cursor this API issued");
    }
}
