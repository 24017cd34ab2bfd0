package io.claimflow.extract.messaging;

import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.engine.Extraction;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Writes a document's claims to {@code claimflow.claims.v1} and then its outcome to
 * {@code claimflow.document-status.v1}, through one idempotent producer. The status goes out only
 * after Kafka acknowledged every claim, so a consumer that sees the status can count on the claims.
 */
@ApplicationScoped
public class ExtractionPublisher {

    private final MutinyEmitter<ClaimflowEvent> emitter;

    /** Room for the claims of every document the extraction pool works on at once, many times over. */
    static final int BUFFER = 8192;

    public ExtractionPublisher(@Channel("extracted") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = BUFFER)
            MutinyEmitter<ClaimflowEvent> emitter) {
        this.emitter = emitter;
    }

    /** Completes when Kafka acknowledged the claims and the status. */
    public Uni<Void> publish(Extraction extraction, DocumentProcessed status) {
        List<Uni<Void>> claims = extraction.claims().stream().map(this::send).toList();
        Uni<Void> allClaims = claims.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(claims).andFailFast().replaceWithVoid();
        return allClaims.chain(() -> send(status));
    }

    public Uni<Void> send(ClaimflowEvent event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.forValueType(event.getClass()).name())
                .withKey(event.documentId())
                .build();
        return Uni.createFrom().deferred(() -> emitter.sendMessage(Message.of(event).addMetadata(metadata)));
    }
}
