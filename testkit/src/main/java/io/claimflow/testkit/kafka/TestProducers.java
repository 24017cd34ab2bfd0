package io.claimflow.testkit.kafka;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records the way the pipeline's producers do (acks=all, idempotent), for tests that feed a service. */
public final class TestProducers {

    private TestProducers() {}

    public static <V> KafkaProducer<String, V> create(String bootstrapServers, Serializer<V> values) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new StringSerializer(),
                values);
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static <V> void send(String bootstrapServers, String topic, String key, V value, Serializer<V> values) {
        try (KafkaProducer<String, V> producer = create(bootstrapServers, values)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write to " + topic, e.getCause());
        }
    }

    /** Sends raw bytes, for records no serializer would write (poison records). */
    public static void sendRaw(String bootstrapServers, String topic, String key, byte[] value) {
        send(bootstrapServers, topic, key, value, new ByteArraySerializer());
    }
}
