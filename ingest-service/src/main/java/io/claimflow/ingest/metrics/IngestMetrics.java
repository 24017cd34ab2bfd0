package io.claimflow.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Prometheus metrics of ingest ({@code /q/metrics}): documents by outcome
 * ({@code claimflow_ingest_documents_total{outcome=accepted|duplicate|failed}}), rejections by reason
 * ({@code claimflow_ingest_documents_rejected_total{reason}}) and the time Kafka takes to acknowledge
 * ({@code claimflow_ingest_publish_seconds}).
 */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter duplicate;
    private final Counter failed;
    private final Timer publish;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.accepted = outcome("accepted");
        this.duplicate = outcome("duplicate");
        this.failed = outcome("failed");
        this.publish = Timer.builder("claimflow.ingest.publish")
                .description("Time from handing a document to Kafka to its acknowledgement (acks=all)")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    public void accepted() {
        accepted.increment();
    }

    public void duplicate() {
        duplicate.increment();
    }

    /** Kafka did not take the document: the client got 503. */
    public void failed() {
        failed.increment();
    }

    /** The client sent something ingest refuses; the reason is the problem's kind. */
    public void rejected(String reason) {
        Counter.builder("claimflow.ingest.documents.rejected")
                .description("Submissions refused with a 4xx, by the kind of problem")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    public Timer publishTimer() {
        return publish;
    }

    private Counter outcome(String outcome) {
        return Counter.builder("claimflow.ingest.documents")
                .description("Documents submitted, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
