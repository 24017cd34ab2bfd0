package io.claimflow.store.messaging;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.store.service.ClaimStoreService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the three topics into PostgreSQL. Each method returns only after its transaction committed,
 * and only then is the record acknowledged and its offset committable. A record that cannot be read or
 * stored throws; the channel's dead-letter-queue strategy moves it to {@code <topic>.dlq} and goes on.
 */
@ApplicationScoped
public class EventConsumers {

    private final ClaimStoreService store;
    private final EventDeserializer<ClaimExtracted> claims = Topics.CLAIMS.deserializer();
    private final EventDeserializer<DocumentProcessed> outcomes = Topics.DOCUMENT_STATUS.deserializer();
    private final EventDeserializer<DocumentSubmitted> documents = Topics.DOCUMENTS.deserializer();

    public EventConsumers(ClaimStoreService store) {
        this.store = store;
    }

    @Incoming("claims")
    @Blocking
    public void claim(ConsumerRecord<String, byte[]> record) {
        store.store(read(claims, record));
    }

    @Incoming("document-status")
    @Blocking
    public void outcome(ConsumerRecord<String, byte[]> record) {
        store.store(read(outcomes, record));
    }

    @Incoming("documents")
    @Blocking
    public void document(ConsumerRecord<String, byte[]> record) {
        store.store(read(documents, record));
    }

    private static <T> T read(EventDeserializer<? extends T> deserializer, ConsumerRecord<String, byte[]> record) {
        T event = deserializer.deserialize(record.topic(), record.headers(), record.value());
        if (event == null) {
            throw new SerializationException("record at " + record.topic() + "-" + record.partition() + "@" + record.offset() + " has no value");
        }
        return event;
    }
}
