package io.claimflow.contracts.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.topic.Topics;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a Claimflow event as JSON and adds the CloudEvents binary-mode headers, so that consumers in any language can
 * read the record. Set {@value #SOURCE_CONFIG} in the producer config (or use the constructor) to name the producing
 * service as {@code ce_source}.
 */
public class EventSerializer<T extends ClaimflowEvent> implements Serializer<T> {

    /** Producer config key for the {@code ce_source} URI reference. */
    public static final String SOURCE_CONFIG = "claimflow.cloudevents.source";

    static final String DEFAULT_SOURCE = "urn:claimflow";

    private String source;

    /** For Kafka's reflective instantiation; {@code ce_source} then comes from {@link #SOURCE_CONFIG}. */
    public EventSerializer() {
        this(DEFAULT_SOURCE);
    }

    public EventSerializer(String source) {
        this.source = source;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object configured = configs.get(SOURCE_CONFIG);
        if (configured != null && !configured.toString().isBlank()) {
            source = configured.toString();
        }
    }

    /** Without headers there is nowhere to put the CloudEvents attributes, so only the JSON is written. */
    @Override
    public byte[] serialize(String topic, T event) {
        return toJson(topic, event);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, T event) {
        if (event != null && headers != null) {
            CloudEventHeaders.put(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
            CloudEventHeaders.put(headers, CloudEventHeaders.ID, event.eventId());
            CloudEventHeaders.put(headers, CloudEventHeaders.TYPE, eventTypeOf(event));
            CloudEventHeaders.put(headers, CloudEventHeaders.SOURCE, source);
            CloudEventHeaders.put(
                    headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.eventTime()));
            CloudEventHeaders.put(headers, CloudEventHeaders.SUBJECT, event.key());
            CloudEventHeaders.put(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        }
        return toJson(topic, event);
    }

    /** The CloudEvents type of an event, from the one topic that carries its class. */
    public static String eventTypeOf(ClaimflowEvent event) {
        return Topics.forValueType(event.getClass()).eventType();
    }

    private static byte[] toJson(String topic, ClaimflowEvent event) {
        if (event == null) {
            return null;
        }
        try {
            return EventJson.mapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write " + event.getClass().getSimpleName() + " for " + topic, e);
        }
    }
}
