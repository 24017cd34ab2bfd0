package io.claimflow.store.mapping;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.store.repository.ClaimEntity;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads a stored claim back into the contract's shape, so the API serves claims as the topic carries them. */
@ApplicationScoped
public class ClaimMapper {

    public ClaimExtracted toClaim(ClaimEntity entity) {
        return new ClaimExtracted(
                entity.claimId,
                entity.documentId,
                entity.ordinal,
                entity.text,
                new ClaimExtracted.Span(entity.spanStart, entity.spanEnd),
                entity.language,
                entity.checkworthiness,
                new ClaimExtracted.Claimant(entity.claimantName, ClaimantType.fromWireName(entity.claimantType), entity.claimantQuote),
                entity.cue,
                entity.entities,
                entity.quantities,
                entity.dates,
                entity.citations,
                new ClaimExtracted.Extractor(entity.extractorName, entity.extractorVersion),
                entity.extractedAt);
    }
}
