package io.claimflow.store.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.store.repository.ClaimEntity;
import io.claimflow.store.repository.StoredJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads a stored claim back into the contract's shape, so the API serves claims as the topic carries them. */
@ApplicationScoped
public class ClaimMapper {

    private static final TypeReference<List<ClaimMatched.FactCheckMatch>> FACT_CHECKS = new TypeReference<>() {};

    /** The claim with its narrative and fact-checks, as the API serves it. */
    public StoredClaim toStored(ClaimEntity entity) {
        return new StoredClaim(
                toClaim(entity),
                entity.narrativeId,
                entity.factChecksJson == null ? List.of() : StoredJson.read(entity.factChecksJson, FACT_CHECKS));
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
                        entity.claimantName,
                        ClaimantType.fromWireName(entity.claimantType),
                        entity.claimantQuote,
                        entity.claimantRole,
                        entity.claimantNormalized),
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
                entity.extractedAt,
                null,
                entity.languagePack);
    }
}
