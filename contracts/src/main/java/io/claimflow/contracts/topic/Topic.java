package io.claimflow.contracts.topic;

import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.serde.EventDeserializer;
import java.util.List;

/**
 * A Kafka topic of the public contract: its name, key, value type, CloudEvents type, the one service that writes it and
 * who reads it. The name is fixed here, not by configuration: consumers outside Claimflow subscribe to it, so a
 * deployment cannot rename it (a breaking change makes a new topic).
 *
 * @param alias short name by which service configuration refers to the topic ({@code ${claimflow.topic.<alias>}})
 * @param name the topic name; it carries the major version of its value schema
 * @param key what the record key holds
 * @param valueType the event record every value deserializes to
 * @param eventType the CloudEvents {@code ce_type} of every record
 * @param schema the JSON Schema of the value, a resource path in this module
 * @param writer the only service that produces to the topic
 * @param readers who consumes it
 * @param compacted whether the topic keeps only the latest record per key (a state, not a stream of happenings)
 */
public record Topic<V extends ClaimflowEvent>(
        String alias,
        String name,
        String key,
        Class<V> valueType,
        String eventType,
        String schema,
        String writer,
        List<String> readers,
        boolean compacted) {

    /** Suffix of the dead-letter topic that each consumer of a topic sends unprocessable records to. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    public Topic {
        readers = List.copyOf(readers);
    }

    /** The dead-letter topic of this topic. */
    public String deadLetterTopic() {
        return name + DEAD_LETTER_SUFFIX;
    }

    /** A deserializer for this topic's values that checks the CloudEvents type. */
    public EventDeserializer<V> deserializer() {
        return new EventDeserializer<>(valueType);
    }
}
