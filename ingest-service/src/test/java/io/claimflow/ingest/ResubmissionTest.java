package io.claimflow.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.claimflow.contracts.identity.StableIds;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TestProducers;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Resubmissions decided by the index of accepted documents that every ingest instance shares: a document is known after
 * the documents topic's retention dropped its record; a publish another instance left in doubt (the instance died
 * before Kafka answered) is looked for on the topic once the broker can no longer append it, and is published again
 * only if it is not there; while it may still land, a resubmission is answered 503 {@code outcome-unknown}.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ResubmissionTest extends ReadyServiceTest {

    /** Longer ago than DocumentPublisher's settle time (24 s with the shipped producer settings). */
    private static final Duration LONG_AGO = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @Test
    void aDocumentIsKnownAfterTheTopicsRetentionDroppedItsRecord() throws Exception {
        String id = "retained-" + UUID.randomUUID();
        submit(id, "Kept beyond the topic's retention.", 202);
        ConsumerRecord<String, byte[]> record = recordsOf(id, 1).get(0);
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            // What retention does to old segments: the partition's log now starts after the record.
            admin.deleteRecords(Map.of(
                            new TopicPartition(record.topic(), record.partition()),
                            RecordsToDelete.beforeOffset(record.offset() + 1)))
                    .all()
                    .get();
        }
        assertThat(keysOnTopic()).doesNotContain(id);

        submit(id, "Kept beyond the topic's retention.", 200);
        submit(id, "Other content under the same id.", 409);
        assertThat(keysOnTopic()).doesNotContain(id);
    }

    @Test
    void aPublishLeftInDoubtThatReachedKafkaIsKnownAndNotPublishedAgain() throws Exception {
        String id = "in-doubt-written-" + UUID.randomUUID();
        String text = "Written by an instance that died before Kafka answered.";
        Instant attempt = Instant.now().minus(LONG_AGO);
        leftInDoubt(id, text, attempt);
        // The record the dead instance's producer stamped when it sent it.
        try (KafkaProducer<String, byte[]> producer = producer()) {
            RecordMetadata sent = producer.send(new ProducerRecord<>(
                            Topics.DOCUMENTS.name(), null, attempt.toEpochMilli() + 50, id, new byte[] {'{', '}'}))
                    .get();
            assertThat(sent.offset()).isNotNegative();
        }

        submit(id, text, 200);
        submit(id, text, 200);
        assertThat(recordsOf(id, 1)).hasSize(1);
    }

    @Test
    void aPublishLeftInDoubtThatNeverReachedKafkaIsPublishedOnce() throws Exception {
        String id = "in-doubt-lost-" + UUID.randomUUID();
        String text = "Lost with the instance that was publishing it.";
        leftInDoubt(id, text, Instant.now().minus(LONG_AGO));

        submit(id, text, 202);
        submit(id, text, 200);
        assertThat(recordsOf(id, 1)).hasSize(1);
    }

    @Test
    void aPublishThatMayStillLandIsAnsweredOutcomeUnknown() throws Exception {
        String id = "under-way-" + UUID.randomUUID();
        String text = "Being published by another instance right now.";
        leftInDoubt(id, text, Instant.now());

        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "text", text))
                .post("/documents")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:claimflow:problem:outcome-unknown"));
        assertThat(keysOnTopic()).doesNotContain(id);
    }

    /** What an instance that died while publishing leaves in the index: the row claimed, never settled. */
    private void leftInDoubt(String id, String text, Instant attempt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO accepted_document (document_id, content_key, accepted, attempt_at)"
                                + " VALUES (?, ?, false, ?)")) {
            insert.setString(1, id);
            insert.setString(2, StableIds.documentId(text, null));
            insert.setObject(3, attempt.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void submit(String id, String text, int status) {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "text", text))
                .post("/documents")
                .then()
                .statusCode(status);
    }

    private static List<ConsumerRecord<String, byte[]>> recordsOf(String id, int atLeast) {
        return TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.DOCUMENTS.name(),
                        new ByteArrayDeserializer(),
                        read -> read.stream().filter(r -> id.equals(r.key())).count() >= atLeast,
                        Duration.ofSeconds(30))
                .stream()
                .filter(r -> id.equals(r.key()))
                .toList();
    }

    private static List<String> keysOnTopic() {
        return TopicProbe.readAll(TestKafka.bootstrapServers(), Topics.DOCUMENTS.name(), new ByteArrayDeserializer())
                .stream()
                .map(ConsumerRecord::key)
                .toList();
    }

    private static KafkaProducer<String, byte[]> producer() {
        return TestProducers.create(TestKafka.bootstrapServers(), new ByteArraySerializer());
    }
}
