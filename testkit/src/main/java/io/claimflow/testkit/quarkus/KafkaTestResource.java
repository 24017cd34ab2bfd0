package io.claimflow.testkit.quarkus;

import io.claimflow.testkit.kafka.TestKafka;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a {@code @QuarkusTest} at this run's real Kafka broker. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", TestKafka.bootstrapServers());
    }

    /** The broker outlives the test class: it is shared by the run and stopped when the JVM ends. */
    @Override
    public void stop() {}
}
