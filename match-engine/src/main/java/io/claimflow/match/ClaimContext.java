package io.claimflow.match;

import io.claimflow.contracts.event.ClaimExtracted;
import java.time.Instant;
import java.util.Objects;

/**
 * A claim with the context of its document, as the match engine takes it.
 *
 * @param claim the extracted claim
 * @param source the publisher or site (a host name, "BBC"), or null when unknown
 * @param url the document's URL, or null
 * @param seenAt when the document was published or first seen: the time the window is measured in
 */
public record ClaimContext(ClaimExtracted claim, String source, String url, Instant seenAt) {

    public ClaimContext {
        Objects.requireNonNull(claim, "claim is required");
        Objects.requireNonNull(seenAt, "seenAt is required");
    }

    /**
     * A claim as it comes off {@code claimflow.claims.v1}: the context is its own {@code origin} (source, URL) and
     * {@code seenAt} (publication, else receipt, else extraction: records without an origin still match).
     */
    public static ClaimContext of(ClaimExtracted claim) {
        ClaimExtracted.Origin origin = claim.origin();
        return new ClaimContext(
                claim, origin == null ? null : origin.source(), origin == null ? null : origin.url(), claim.seenAt());
    }

    public String claimId() {
        return claim.claimId();
    }

    public String documentId() {
        return claim.documentId();
    }
}
