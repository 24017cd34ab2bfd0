package io.claimflow.match.index;

import io.claimflow.match.analysis.ClaimFeatures;
import java.time.Instant;
import java.util.List;

/**
 * A claim as the index keeps it: what scoring, evidence and narrative summaries need, and its stored match result.
 *
 * @param claimId the claim
 * @param documentId its document
 * @param narrativeId the narrative it belongs to (rewritten when its narrative is merged)
 * @param text its text
 * @param source its document's source, or null
 * @param url its document's URL, or null
 * @param claimant its named claimant, or null
 * @param seenAt when its document was seen
 * @param entities its distinct normalised entities
 * @param entityTypes the type of each of those entities, in the same order (the {@code EntityType} names)
 * @param features its analysed features
 * @param linkSum the sum of the scores of its links, both ways: how central it is in its narrative
 * @param result its match result, encoded by {@link ResultCodec}
 */
public record StoredClaim(
        String claimId,
        String documentId,
        String narrativeId,
        String text,
        String source,
        String url,
        String claimant,
        Instant seenAt,
        List<String> entities,
        List<String> entityTypes,
        ClaimFeatures features,
        double linkSum,
        String result) {

    public StoredClaim {
        entities = List.copyOf(entities);
        entityTypes = List.copyOf(entityTypes);
        if (entityTypes.size() != entities.size()) {
            throw new IllegalArgumentException("one entity type per entity is needed");
        }
    }

    public StoredClaim inNarrative(String narrative) {
        return new StoredClaim(
                claimId,
                documentId,
                narrative,
                text,
                source,
                url,
                claimant,
                seenAt,
                entities,
                entityTypes,
                features,
                linkSum,
                result);
    }

    /** This claim with another link sum (the index keeps sums set since the last commit apart). */
    public StoredClaim withLinkSum(double sum) {
        return new StoredClaim(
                claimId,
                documentId,
                narrativeId,
                text,
                source,
                url,
                claimant,
                seenAt,
                entities,
                entityTypes,
                features,
                sum,
                result);
    }
}
