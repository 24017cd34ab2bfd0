package io.claimflow.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of ingest-service ({@code claimflow.ingest.*}). */
@ConfigMapping(prefix = "claimflow.ingest")
public interface IngestConfig {

    /** The longest a request waits for Kafka to acknowledge its document before it answers 503. */
    @WithDefault("10s")
    Duration publishTimeout();

    /** What a 503 answer tells the client to wait before retrying. */
    @WithDefault("5s")
    Duration retryAfter();

    /** Where a client reads an accepted document back: the store's document URL, {id} replaced. */
    @WithDefault("http://localhost:8083/documents/{id}")
    String documentLocation();
}
