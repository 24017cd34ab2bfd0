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

    /** Suffix of a consumer group's dead-letter topic: {@code <topic>.<group>.dlq}. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    /** Suffix of a consumer group's redrive topic: {@code <topic>.<group>.redrive}. */
    public static final String REDRIVE_SUFFIX = ".redrive";

    public Topic {
        readers = List.copyOf(readers);
    }

    /**
     * The Claimflow services that read this topic, each in a consumer group of its own: the readers, without the
     * consumers outside Claimflow.
     */
    public List<String> consumers() {
        return readers.stream().filter(Topics.SERVICES::contains).toList();
    }

    /**
     * Where {@code group} sets aside the records of this topic it cannot process: {@code <topic>.<group>.dlq}. Each
     * group has its own, so a record one group failed on is re-driven to that group alone. Any Claimflow service may
     * have one (store-service's for the alerts whose webhook kept failing is
     * {@link Topics#ALERT_DELIVERY_DEAD_LETTERS}); {@link Topics#DEAD_LETTER_TOPICS} lists those that exist.
     */
    public String deadLetterTopic(String group) {
        if (group == null || !Topics.SERVICES.contains(group)) {
            throw new IllegalArgumentException(group + " is not a Claimflow service; they are " + Topics.SERVICES);
        }
        return name + "." + group + DEAD_LETTER_SUFFIX;
    }

    /**
     * What {@code claimflow redrive} sends {@code group}'s dead letters of this topic back to:
     * {@code <topic>.<group>.redrive}, which that group alone reads, beside the topic itself.
     */
    public String redriveTopic(String group) {
        if (!consumers().contains(group)) {
            throw new IllegalArgumentException(
                    group + " does not consume " + name + "; its consumers are " + consumers());
        }
        return name + "." + group + REDRIVE_SUFFIX;
    }

    /** A deserializer for this topic's values that checks the CloudEvents type. */
    public EventDeserializer<V> deserializer() {
        return new EventDeserializer<>(valueType);
    }
}
