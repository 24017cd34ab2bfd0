package io.claimflow.ingest.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The ingest's own Kafka clients' settings, taken from the {@code kafka.*} properties every client of the service
 * shares (application.properties): each client gets the ones it knows, so none logs settings it does not.
 */
final class KafkaSettings {

    private KafkaSettings() {}

    /** The producer's settings, with the {@code claimflow.*} ones its serializer reads. */
    static Map<String, Object> producer(Map<String, Object> kafka) {
        return only(kafka, ProducerConfig.configNames());
    }

    /** A consumer's settings for reading records as they are, outside any consumer group. */
    static Map<String, Object> reader(Map<String, Object> kafka) {
        Map<String, Object> settings = only(kafka, ConsumerConfig.configNames());
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return settings;
    }

    static long millis(Map<String, Object> settings, String name) {
        Object value = settings.get(name);
        if (value == null) {
            throw new IllegalStateException("kafka." + name + " is not set");
        }
        return Long.parseLong(value.toString());
    }

    private static Map<String, Object> only(Map<String, Object> kafka, Set<String> names) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (names.contains(name) || name.startsWith("claimflow.")) {
                settings.put(name, value);
            }
        });
        return settings;
    }
}
