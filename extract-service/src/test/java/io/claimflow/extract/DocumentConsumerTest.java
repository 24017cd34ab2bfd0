package io.claimflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.serde.CloudEventHeaders;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TestProducers;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class DocumentConsumerTest extends ReadyServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TEXT = """
            Raqqa
            On November 13, 2017, the BBC reported that 4,000 fighters left Raqqa under a secret deal.
            Surovikin accused the coalition of providing safe corridors to the militants.
            """;

    @Test
    void turnsADocumentIntoClaimsAndThenItsStatus() {
        String id = "doc-" + UUID.randomUUID();
        Instant published = Instant.parse("2017-11-14T08:00:00Z");
        Instant received = Instant.now();
        submit(new DocumentSubmitted(
                id, TEXT, "https://example.org/raqqa", "Raqqa", "en", published, "example.org", received, null));

        DocumentProcessed status = statusOf(id).value();
        assertThat(status.status()).isEqualTo(DocumentProcessed.Status.PROCESSED);
        assertThat(status.claimCount()).isEqualTo(2);

        List<ConsumerRecord<String, ClaimExtracted>> claims = recordsOf(Topics.CLAIMS, id, 2);
        assertThat(claims).extracting(ConsumerRecord::key).containsOnly(id);
        assertThat(claims).extracting(record -> record.value().ordinal()).containsExactlyInAnyOrder(0, 1);
        for (ConsumerRecord<String, ClaimExtracted> record : claims) {
            ClaimExtracted claim = record.value();
            assertThat(TEXT.substring(claim.span().start(), claim.span().end())).isEqualTo(claim.text());
            assertThat(claim.origin())
                    .as("where the document came from travels with each claim")
                    .isEqualTo(new ClaimExtracted.Origin(
                            "https://example.org/raqqa",
                            "example.org",
                            published,
                            claim.origin().receivedAt()));
            assertThat(claim.seenAt()).isEqualTo(published);
            assertThat(CloudEventHeaders.get(record.headers(), CloudEventHeaders.ID))
                    .isEqualTo(claim.claimId());
            assertThat(CloudEventHeaders.get(record.headers(), CloudEventHeaders.SOURCE))
                    .isEqualTo("urn:claimflow:extract-service");
            assertThat(CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE))
                    .isEqualTo(Topics.CLAIMS.eventType());
        }
    }

    @Test
    void aBurstOfDocumentsIsExtractedWithoutOneDeadLetter() {
        String prefix = "burst-" + UUID.randomUUID() + "-";
        List<String> ids = java.util.stream.IntStream.range(0, 80)
                .mapToObj(i -> prefix + i)
                .toList();
        try (var producer = TestProducers.create(
                TestKafka.bootstrapServers(), new EventSerializer<DocumentSubmitted>("urn:claimflow:test"))) {
            for (String id : ids) {
                String text = (TEXT + "\n").repeat(6);
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(
                        Topics.DOCUMENTS.name(),
                        id,
                        new DocumentSubmitted(id, text, null, null, "en", null, null, Instant.now(), null)));
            }
        }
        List<ConsumerRecord<String, DocumentProcessed>> outcomes = TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.DOCUMENT_STATUS.name(),
                        Topics.DOCUMENT_STATUS.deserializer(),
                        read -> read.stream()
                                        .filter(r -> r.key().startsWith(prefix))
                                        .count()
                                >= ids.size(),
                        WAIT)
                .stream()
                .filter(r -> r.key().startsWith(prefix))
                .toList();
        assertThat(outcomes).extracting(ConsumerRecord::key).containsAll(ids);
        assertThat(outcomes).extracting(r -> r.value().status()).containsOnly(DocumentProcessed.Status.PROCESSED);
        assertThat(TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.DOCUMENTS.deadLetterTopic(Topics.EXTRACT_SERVICE),
                        new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                        read -> false,
                        Duration.ofSeconds(3)))
                .extracting(ConsumerRecord::key)
                .noneMatch(key -> key != null && key.startsWith(prefix));
    }

    @Test
    void deadLettersWhatItCannotReadAndGoesOn() {
        String prefix = "poison-" + UUID.randomUUID() + "-";
        Map<String, String> reasons = new LinkedHashMap<>();
        byte[] garbage = "{this is not a document".getBytes(StandardCharsets.UTF_8);
        TestProducers.sendRaw(TestKafka.bootstrapServers(), Topics.DOCUMENTS.name(), prefix + "json", garbage);
        reasons.put(prefix + "json", "not a valid DocumentSubmitted");
        TestProducers.sendRaw(
                TestKafka.bootstrapServers(),
                Topics.DOCUMENTS.name(),
                prefix + "fields",
                "{\"documentId\": \"only an id\"}".getBytes(StandardCharsets.UTF_8));
        reasons.put(prefix + "fields", "text is required");
        try (var producer = TestProducers.create(
                TestKafka.bootstrapServers(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            var record = new org.apache.kafka.clients.producer.ProducerRecord<>(
                    Topics.DOCUMENTS.name(),
                    prefix + "version",
                    ("{\"documentId\": \"" + prefix
                                    + "version\", \"text\": \"t\", \"receivedAt\": \"2026-01-01T00:00:00Z\"}")
                            .getBytes(StandardCharsets.UTF_8));
            record.headers()
                    .add(CloudEventHeaders.TYPE, "io.claimflow.document.submitted.v2".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        reasons.put(prefix + "version", "unsupported event type io.claimflow.document.submitted.v2");
        String next = prefix + "next";
        submit(new DocumentSubmitted(next, TEXT, null, null, null, null, null, Instant.now(), null));

        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.DOCUMENTS.deadLetterTopic(Topics.EXTRACT_SERVICE),
                        new ByteArrayDeserializer(),
                        records -> records.stream()
                                        .filter(r -> r.key() != null && r.key().startsWith(prefix))
                                        .count()
                                >= reasons.size(),
                        WAIT)
                .stream()
                .filter(r -> r.key() != null && r.key().startsWith(prefix))
                .toList();
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(reasons.keySet());
        for (ConsumerRecord<String, byte[]> record : dead) {
            assertThat(header(record, "dead-letter-reason")).contains(reasons.get(record.key()));
            assertThat(header(record, "dead-letter-topic")).isEqualTo(Topics.DOCUMENTS.name());
            assertThat(header(record, "dead-letter-partition")).matches("\\d+");
            assertThat(header(record, "dead-letter-offset")).matches("\\d+");
        }
        assertThat(dead)
                .filteredOn(record -> record.key().endsWith("json"))
                .extracting(ConsumerRecord::value)
                .containsExactly(garbage);

        DocumentProcessed failed = statusOf(prefix + "json").value();
        assertThat(failed.status()).isEqualTo(DocumentProcessed.Status.FAILED);
        assertThat(failed.error()).startsWith("unreadable record");
        assertThat(statusOf(next).value().status()).isEqualTo(DocumentProcessed.Status.PROCESSED);
    }

    @Test
    void aDocumentReDrivenToThisGroupIsExtractedAgain() {
        String id = "redriven-" + UUID.randomUUID();
        TestProducers.send(
                TestKafka.bootstrapServers(),
                Topics.DOCUMENTS.redriveTopic(Topics.EXTRACT_SERVICE),
                id,
                new DocumentSubmitted(id, TEXT, null, null, "en", null, null, Instant.now(), null),
                new EventSerializer<>("urn:claimflow:test"));

        assertThat(statusOf(id).value().status()).isEqualTo(DocumentProcessed.Status.PROCESSED);
        assertThat(recordsOf(Topics.CLAIMS, id, 2))
                .extracting(ConsumerRecord::key)
                .containsOnly(id);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    static void submit(DocumentSubmitted document) {
        TestProducers.send(
                TestKafka.bootstrapServers(),
                Topics.DOCUMENTS.name(),
                document.documentId(),
                document,
                new EventSerializer<>("urn:claimflow:test"));
    }

    static ConsumerRecord<String, DocumentProcessed> statusOf(String id) {
        return recordsOf(Topics.DOCUMENT_STATUS, id, 1).get(0);
    }

    private static <V extends ClaimflowEvent> List<ConsumerRecord<String, V>> recordsOf(
            Topic<V> topic, String id, int count) {
        List<ConsumerRecord<String, V>> records = TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        topic.name(),
                        topic.deserializer(),
                        read -> read.stream().filter(r -> id.equals(r.key())).count() >= count,
                        WAIT)
                .stream()
                .filter(r -> id.equals(r.key()))
                .toList();
        assertThat(records).as("records of %s on %s", id, topic.name()).hasSizeGreaterThanOrEqualTo(count);
        return records;
    }
}
