package io.claimflow.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of ingest-service ({@code claimflow.ingest.*}). */
@ConfigMapping(prefix = "claimflow.ingest")
public interface IngestConfig {

    /** The longest a request waits for Kafka to acknowledge its document before it answers 503. */
    @WithDefault("10s")
    Duration publishTimeout();

    /**
     * What a 503 answer tells the client to wait before retrying; also how long Kafka counts as down after failures.
     */
    @WithDefault("5s")
    Duration retryAfter();

    /** Where a client reads an accepted document back: the store's document URL, {id} replaced. */
    @WithDefault("http://localhost:8083/documents/{id}")
    String documentLocation();

    /** Where a client reads an imported fact-check back: the store's fact-check URL, {id} replaced. */
    @WithDefault("http://localhost:8083/factchecks/{id}")
    String factCheckLocation();

    /** The largest request body taken; larger ones get 413. */
    @WithDefault("5M")
    MemorySize maxBodySize();

    /** The most documents one NDJSON batch may hold; more get 413. */
    @WithDefault("1000")
    int maxBatchDocuments();

    /** Whether every submission must carry one of the API keys. */
    @WithDefault("false")
    boolean requireApiKey();

    /** The API keys, each as {@code submitter:key}; the submitter is recorded in the event. */
    Optional<List<String>> apiKeys();
}
