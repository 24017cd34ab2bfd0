package io.claimflow.contracts.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.claimflow.contracts.identity.StableIds;
import java.time.Instant;
import java.util.Objects;

/**
 * A fact-check imported into the library, value of {@code claimflow.factchecks.v1}: the topic is compacted and keyed by
 * the fact-check's id, so it holds each fact-check's latest version (a publisher that revises a verdict re-imports).
 *
 * @param factCheck the fact-check as imported
 * @param importedAt when ingest-service accepted this version of it
 * @param submitter who imported it (the API key's owner), or null when ingest runs without keys
 */
public record FactCheckImported(FactCheck factCheck, Instant importedAt, String submitter) implements ClaimflowEvent {

    public FactCheckImported {
        Objects.requireNonNull(factCheck, "factCheck is required");
        Objects.requireNonNull(importedAt, "importedAt is required");
    }

    @Override
    @JsonIgnore
    public String key() {
        return factCheck.id();
    }

    /** One version of one fact-check is one event, however often it is imported. */
    @Override
    @JsonIgnore
    public String eventId() {
        return factCheck.id() + "/" + StableIds.factCheckVersion(factCheck);
    }

    @Override
    @JsonIgnore
    public Instant eventTime() {
        return importedAt;
    }
}
