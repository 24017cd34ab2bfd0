package io.claimflow.store.mapping;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.store.repository.ClaimEntity;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads a stored claim back into the contract's shape, so the API serves claims as the topic carries them. */
@ApplicationScoped
public class ClaimMapper {

    /** The claim with its narrative, as the API serves it. */
    public StoredClaim toStored(ClaimEntity entity) {
        return new StoredClaim(toClaim(entity), entity.narrativeId);
    }

    public ClaimExtracted toClaim(ClaimEntity entity) {
        return new ClaimExtracted(
                entity.claimId,
                entity.documentId,
                entity.ordinal,
                entity.text,
                new ClaimExtracted.Span(entity.spanStart, entity.spanEnd),
                entity.language,
                entity.checkworthiness,
                new ClaimExtracted.Claimant(
                        entity.claimantName, ClaimantType.fromWireName(entity.claimantType), entity.claimantQuote),
                entity.cue,
                entity.entities.stream()
                        .map(e -> new ClaimExtracted.Entity(e.text, EntityType.fromWireName(e.type), e.normalized))
                        .toList(),
                entity.quantities.stream()
                        .map(q -> new ClaimExtracted.Quantity(q.text, q.value, q.unit))
                        .toList(),
                entity.dates.stream()
                        .map(d -> new ClaimExtracted.DateMention(d.text, d.value))
                        .toList(),
                entity.citations,
                new ClaimExtracted.Extractor(entity.extractorName, entity.extractorVersion),
                entity.extractedAt);
    }
}
