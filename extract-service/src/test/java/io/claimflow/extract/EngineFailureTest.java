package io.claimflow.extract;

import static io.claimflow.extract.DocumentConsumerTest.header;
import static io.claimflow.extract.DocumentConsumerTest.statusOf;
import static io.claimflow.extract.DocumentConsumerTest.submit;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * A document that makes the engine throw, or overflow its stack, goes to the dead-letter topic, and the next one is
 * extracted.
 */
@QuarkusTest
@TestProfile(EngineFailureTest.FailingEngine.class)
@WithTestResource(KafkaTestResource.class)
class EngineFailureTest extends ReadyServiceTest {

    /** The engine replaced by one that fails on request. */
    public static class FailingEngine implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FailingExtractionService.class);
        }
    }

    @Test
    void aDocumentThatBreaksTheEngineIsDeadLetteredAndTheNextIsExtracted() {
        String prefix = "broken-" + UUID.randomUUID() + "-";
        Map<String, String> failures = Map.of(
                prefix + "throws", "IllegalStateException: the engine broke on this document",
                prefix + "overflows", "StackOverflowError");
        submit(document(
                prefix + "throws", FailingExtractionService.THROWS + " The U.S. let 4,000 fighters leave Raqqa."));
        submit(document(
                prefix + "overflows",
                FailingExtractionService.OVERFLOWS + " The U.S. let 4,000 fighters leave Raqqa."));
        String next = prefix + "next";
        submit(document(next, "The U.S. let 4,000 fighters leave Raqqa in 2017, the BBC reported."));

        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.DOCUMENTS.deadLetterTopic(Topics.EXTRACT_SERVICE),
                        new ByteArrayDeserializer(),
                        records -> records.stream()
                                        .filter(r -> failures.containsKey(r.key()))
                                        .count()
                                >= 2,
                        Duration.ofSeconds(60))
                .stream()
                .filter(r -> failures.containsKey(r.key()))
                .toList();
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(failures.keySet());
        for (ConsumerRecord<String, byte[]> record : dead) {
            assertThat(header(record, "dead-letter-reason"))
                    .startsWith("extraction failed")
                    .contains(failures.get(record.key()));
            assertThat(statusOf(record.key()).value().status()).isEqualTo(DocumentProcessed.Status.FAILED);
        }
        DocumentProcessed outcome = statusOf(next).value();
        assertThat(outcome.status()).isEqualTo(DocumentProcessed.Status.PROCESSED);
        assertThat(outcome.claimCount()).isPositive();
    }

    private static DocumentSubmitted document(String id, String text) {
        return new DocumentSubmitted(id, text, null, null, "en", null, null, Instant.now(), null);
    }
}
