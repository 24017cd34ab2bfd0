package io.claimflow.ingest.messaging;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Publishes documents to {@code claimflow.documents.v1}, keyed by document id, and completes only when
 * Kafka acknowledged the record (acks=all, idempotent producer: see application.properties). A
 * failure or a wait beyond the publish timeout becomes a 503 with Retry-After.
 */
@ApplicationScoped
public class DocumentPublisher {

    private static final Logger LOG = Logger.getLogger(DocumentPublisher.class);

    private final MutinyEmitter<DocumentSubmitted> emitter;
    private final IngestConfig config;

    public DocumentPublisher(@Channel("documents") MutinyEmitter<DocumentSubmitted> emitter, IngestConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    public Uni<Void> publish(DocumentSubmitted document) {
        return Uni.createFrom().deferred(() -> emitter.sendMessage(KafkaRecord.of(document.documentId(), document)))
                .ifNoItem().after(config.publishTimeout()).fail()
                .onFailure().transform(failure -> {
                    LOG.warnf("Kafka did not acknowledge document %s: %s", document.documentId(), failure.toString());
                    return new ProblemException(
                            Problem.of(Response.Status.SERVICE_UNAVAILABLE, "kafka-unavailable",
                                    "The document could not be handed to Kafka in time; nothing was accepted, retry later"),
                            config.retryAfter(),
                            failure);
                });
    }
}
