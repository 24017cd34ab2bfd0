package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.stack.EmbeddedKafkaBroker;
import io.claimflow.stack.EmbeddedPostgresServer;
import io.claimflow.stack.FreePorts;
import io.claimflow.stack.Readiness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outage drill: under a steady load the broker is stopped and started again on its data, then PostgreSQL. While the
 * database is away the store reports not-ready, commits no offset and dead-letters nothing; when it returns the store
 * catches up; ingest-service, whose index of accepted documents is in the same PostgreSQL, answers 503 meanwhile.
 * Afterwards every acknowledged document is on the topics and in the store with its claims exactly once. Rerun:
 * {@code ./mvnw -B verify -pl e2e-tests -am -Dit.test=OutageDrillIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false}
 */
class OutageDrillIT {

    static final int DOCUMENTS = 1500;
    static final int PER_SECOND = 20;
    static final Duration OUTAGE = Duration.ofSeconds(15);

    @TempDir
    Path data;

    @Test
    void nothingIsLostWhileTheBrokerAndThenTheDatabaseAreAway() throws Exception {
        Map<String, Object> events = new LinkedHashMap<>();
        int databasePort = FreePorts.next();
        Path databaseData = Files.createDirectories(data.resolve("postgres"));
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(databaseData, databasePort);
        DatabaseCoordinates database = postgres.ensureDatabase("claimflow");
        try (EmbeddedKafkaBroker broker =
                        EmbeddedKafkaBroker.create(data.resolve("kafka"), 0).start();
                Pipeline pipeline = Pipeline.start(broker.bootstrapServers(), database, "outage-drill");
                SteadyLoad load = SteadyLoad.start(pipeline.ingestUrl, "outage", DOCUMENTS, PER_SECOND)) {
            Thread.sleep(15_000);
            broker.stop();
            events.put("broker stopped after documents posted", load.sent());
            Thread.sleep(OUTAGE.toMillis());
            broker.start();
            events.put("broker started again after documents posted", load.sent());

            Thread.sleep(15_000);
            postgres.close();
            events.put("PostgreSQL stopped after documents posted", load.sent());
            assertThat(Readiness.awaitNotReady(pipeline.storeUrl, Duration.ofSeconds(30)))
                    .as("store-service reports not-ready while the database is away")
                    .isTrue();
            // Offsets of records stored just before the outage are committed at the next commit interval (1 s).
            Thread.sleep(8_000);
            Map<TopicPartition, OffsetAndMetadata> before = committed(pipeline.bootstrapServers);
            Thread.sleep(OUTAGE.toMillis());
            Map<TopicPartition, OffsetAndMetadata> after = committed(pipeline.bootstrapServers);
            assertThat(after)
                    .as("offsets store-service committed while the database was away")
                    .isEqualTo(before);
            postgres = EmbeddedPostgresServer.start(databaseData, databasePort);
            events.put("PostgreSQL started again after documents posted", load.sent());
            events.put("store-service offsets committed during the database outage", 0);
            Readiness.await(pipeline.storeUrl, Duration.ofSeconds(60));

            SteadyLoad.Result result = load.finish();
            DeliveryAudit.check("outage-drill", pipeline, result, events);
        } finally {
            postgres.close();
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    new LinkedHashMap<>(admin.listConsumerGroupOffsets("claimflow-store")
                            .partitionsToOffsetAndMetadata()
                            .get());
            offsets.keySet()
                    .removeIf(partition ->
                            Topics.ALL.stream().noneMatch(topic -> topic.name().equals(partition.topic())));
            assertThat(offsets.keySet()).extracting(TopicPartition::topic).contains(Topics.CLAIMS.name());
            return offsets;
        }
    }
}
