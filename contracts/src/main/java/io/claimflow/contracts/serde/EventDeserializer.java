package io.claimflow.contracts.serde;

import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.topic.Topics;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a Claimflow event from JSON and checks its CloudEvents headers: a record of another event type or spec version
 * is refused rather than misread. For Kafka's reflective instantiation, name the event class in
 * {@value #VALUE_TYPE_CONFIG}; otherwise it is taken from the topic name.
 */
public class EventDeserializer<T extends ClaimflowEvent> implements Deserializer<T> {

    /** Consumer config key naming the event record class, e.g. {@code io.claimflow.contracts.event.ClaimExtracted}. */
    public static final String VALUE_TYPE_CONFIG = "claimflow.value.type";

    private Class<T> valueType;

    /** For Kafka's reflective instantiation: the type comes from config or from the topic. */
    public EventDeserializer() {}

    public EventDeserializer(Class<T> valueType) {
        this.valueType = valueType;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object configured = configs.get(VALUE_TYPE_CONFIG);
        if (configured instanceof Class<?> type) {
            valueType = (Class<T>) type;
        } else if (configured != null) {
            try {
                valueType = (Class<T>)
                        Class.forName(configured.toString(), true, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException(VALUE_TYPE_CONFIG + " names no class: " + configured, e);
            }
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            return null;
        }
        Class<T> type = typeFor(topic);
        checkHeaders(topic, headers, type);
        try {
            return EventJson.mapper().readValue(data, type);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            // Record constructors reject missing required fields with IAE/NPE, which Jackson may pass through.
            throw new SerializationException(
                    "not a valid " + type.getSimpleName() + " on " + topic + ": " + rootMessage(e), e);
        }
    }

    @SuppressWarnings("unchecked")
    private Class<T> typeFor(String topic) {
        if (valueType != null) {
            return valueType;
        }
        return (Class<T>) Topics.named(topic).valueType();
    }

    private static void checkHeaders(String topic, Headers headers, Class<?> type) {
        String specVersion = CloudEventHeaders.get(headers, CloudEventHeaders.SPEC_VERSION);
        if (specVersion != null && !CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new SerializationException("unsupported CloudEvents spec version " + specVersion + " on " + topic);
        }
        String eventType = CloudEventHeaders.get(headers, CloudEventHeaders.TYPE);
        String expected =
                Topics.forValueType(type.asSubclass(ClaimflowEvent.class)).eventType();
        if (eventType != null && !expected.equals(eventType)) {
            throw new SerializationException(
                    "unsupported event type " + eventType + " on " + topic + ", expected " + expected);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null
                ? root.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }
}
