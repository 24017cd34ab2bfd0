package io.claimflow.extract.messaging;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.engine.Extraction;
import io.claimflow.extract.service.ExtractionService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes {@code claimflow.documents.v1} and turns each document into claim events. A record is
 * acknowledged, and its offset becomes committable, only after Kafka acknowledged everything it
 * produced. What cannot be read or extracted is nacked: the channel's dead-letter-queue strategy moves it
 * to {@code claimflow.documents.v1.dlq} with the error in its headers, and consumption goes on. A
 * document whose output Kafka does not take yet is retried, never dead-lettered.
 */
@ApplicationScoped
public class DocumentConsumer {

    private static final Logger LOG = Logger.getLogger(DocumentConsumer.class);
    private static final Duration PUBLISH_RETRY_FIRST = Duration.ofMillis(200);
    private static final Duration PUBLISH_RETRY_MAX = Duration.ofSeconds(10);

    private final ExtractionService extraction;
    private final ExtractionPublisher publisher;
    private final EventDeserializer<DocumentSubmitted> deserializer = Topics.DOCUMENTS.deserializer();

    public DocumentConsumer(ExtractionService extraction, ExtractionPublisher publisher) {
        this.extraction = extraction;
        this.publisher = publisher;
    }

    /**
     * Raw bytes in, so that a record that cannot be read reaches the dead-letter topic exactly as it came.
     * Runs on the "extraction" worker pool, whose size bounds the documents (and so the claims) in flight.
     */
    @Incoming("documents")
    @Blocking(value = "extraction", ordered = false)
    public Uni<Void> consume(Message<byte[]> message) {
        IncomingKafkaRecordMetadata<String, byte[]> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("the documents channel only carries Kafka records"));
        DocumentSubmitted document;
        try {
            document = deserializer.deserialize(record.getTopic(), record.getHeaders(), message.getPayload());
            if (document == null) {
                throw new SerializationException("the record has no value");
            }
        } catch (SerializationException e) {
            return reject(message, record.getKey(), "unreadable record: " + e.getMessage(), e);
        }
        Extraction result;
        try {
            result = extraction.extract(document);
        } catch (RuntimeException e) {
            return reject(message, document.documentId(), "extraction failed: " + e, e);
        }
        // Not handing the output to Kafka is never the document's fault: retry until it goes through, and only
        // then acknowledge. A stop meanwhile leaves the record unacknowledged, to be read again on restart.
        return publisher.publish(result, extraction.processed(result))
                .onFailure().invoke(failure -> LOG.warnf("Claims of document %s not published yet (%s); retrying",
                        document.documentId(), failure.getMessage()))
                .onFailure().retry().withBackOff(PUBLISH_RETRY_FIRST, PUBLISH_RETRY_MAX).indefinitely()
                .onItem().transformToUni(done -> Uni.createFrom().completionStage(message.ack()));
    }

    /** Tells downstream the document failed (when we know which one it is), then dead-letters the record. */
    private Uni<Void> reject(Message<byte[]> message, String documentId, String error, Throwable cause) {
        LOG.warnf("Dead-lettering document %s: %s", documentId, error);
        Uni<Void> status = documentId == null || documentId.isBlank()
                ? Uni.createFrom().voidItem()
                : publisher.send(extraction.failed(documentId, error));
        return status.onFailure().recoverWithNull()
                .onItem().transformToUni(done -> Uni.createFrom().completionStage(message.nack(cause)));
    }
}
