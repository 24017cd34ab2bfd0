package io.claimflow.service.kafka;

import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.serde.EventSerializer;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The value serializer of the one transactional producer: events as the contract writes them (JSON and CloudEvents
 * headers), and dead letters as the raw bytes they came as. One producer for both is what puts a record's output and
 * its dead letter in the same transaction as its offset (a document's claims and outcome, a claim's match and
 * narratives).
 */
public class OutputSerializer implements Serializer<Object> {

    private final EventSerializer<ClaimflowEvent> events = new EventSerializer<>();

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        events.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, Object value) {
        return serialize(topic, null, value);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object value) {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        return events.serialize(topic, headers, (ClaimflowEvent) value);
    }
}
