package io.claimflow.store.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Page cursors: opaque to clients, so the ordering behind them can change without breaking their links. */
public final class PageCursor {

    private PageCursor() {}

    /** The cursor a client sends back to get the page after this position. */
    public static String encode(PagePosition position) {
        String plain = position.sort() == ClaimSort.NEWEST
                ? "n:" + position.seq()
                : "s:" + Double.toHexString(position.score()) + ":" + position.seq();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of the narrative page after this position. */
    public static String encode(NarrativePosition position) {
        // The id goes last: it is the one part that could hold the separator.
        String plain = "N" + position.sort().wireName() + ":" + position.asOf() + ":" + position.key() + ":"
                + position.narrativeId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of the fact-check page after the one whose last fact-check has this sequence number. */
    public static String encodeFactCheck(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("f:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of the page of a document's claims after this one. */
    public static String encode(DocumentClaimPosition position) {
        // The id goes last: it is the one part that could hold the separator.
        String plain = "d:" + position.ordinal() + ":" + position.claimId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position in a document's claims a cursor stands for; empty for a cursor this API did not issue for them. */
    static Optional<DocumentClaimPosition> decodeDocumentClaim(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 3);
            if (parts.length == 3 && parts[0].equals("d") && !parts[2].isEmpty()) {
                return Optional.of(new DocumentClaimPosition(Integer.parseInt(parts[1]), parts[2]));
            }
        } catch (IllegalArgumentException e) {
            // Not one of ours: refused like any other.
        }
        return Optional.empty();
    }

    /** The fact-check sequence number a cursor stands for; empty for a cursor this API did not issue for them. */
    static Optional<Long> decodeFactCheck(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length == 2 && parts[0].equals("f")) {
                return Optional.of(Long.parseLong(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // Not one of ours: refused like any other.
        }
        return Optional.empty();
    }

    /** The narrative position a cursor stands for; empty for a cursor this API did not issue for this order. */
    static Optional<NarrativePosition> decode(String cursor, NarrativeSort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 4);
            if (parts.length == 4 && parts[0].equals("N" + sort.wireName()) && !parts[3].isEmpty()) {
                return Optional.of(
                        new NarrativePosition(sort, Long.parseLong(parts[2]), parts[3], Long.parseLong(parts[1])));
            }
        } catch (IllegalArgumentException e) {
            // Not one of ours: refused like any other.
        }
        return Optional.empty();
    }

    /** The position a cursor stands for; empty for a cursor this API did not issue for this order. */
    static Optional<PagePosition> decode(String cursor, ClaimSort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (sort == ClaimSort.NEWEST && parts.length == 2 && parts[0].equals("n")) {
                return Optional.of(new PagePosition(sort, 0, Long.parseLong(parts[1])));
            }
            if (sort == ClaimSort.SCORE && parts.length == 3 && parts[0].equals("s")) {
                return Optional.of(new PagePosition(sort, Double.parseDouble(parts[1]), Long.parseLong(parts[2])));
            }
        } catch (IllegalArgumentException e) {
            // Not one of ours (NumberFormatException is an IllegalArgumentException): refused like any other.
        }
        return Optional.empty();
    }
}
