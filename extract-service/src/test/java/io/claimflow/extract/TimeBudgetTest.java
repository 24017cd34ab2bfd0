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
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * A document that takes longer than the time budget goes to the dead-letter topic, named as such, and the consumer goes
 * on.
 */
@QuarkusTest
@TestProfile(TimeBudgetTest.TinyBudget.class)
@WithTestResource(KafkaTestResource.class)
class TimeBudgetTest extends ReadyServiceTest {

    /** A budget no document of any size can keep. */
    public static class TinyBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimflow.extract.time-budget", "PT0.000001S");
        }
    }

    @Test
    void aDocumentOverItsBudgetIsDeadLetteredWithItsReason() {
        String id = "slow-" + UUID.randomUUID();
        submit(new DocumentSubmitted(
                id,
                "The U.S. let 4,000 fighters leave Raqqa in 2017, the BBC reported.",
                null,
                null,
                "en",
                null,
                null,
                Instant.now(),
                null));
        ConsumerRecord<String, byte[]> dead = TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.DOCUMENTS.deadLetterTopic(Topics.EXTRACT_SERVICE),
                        new ByteArrayDeserializer(),
                        records -> records.stream().anyMatch(r -> id.equals(r.key())),
                        Duration.ofSeconds(60))
                .stream()
                .filter(r -> id.equals(r.key()))
                .findFirst()
                .orElseThrow();
        assertThat(header(dead, "dead-letter-reason")).contains("exceeded its time budget");
        DocumentProcessed outcome = statusOf(id).value();
        assertThat(outcome.status()).isEqualTo(DocumentProcessed.Status.FAILED);
        assertThat(outcome.error()).contains("time budget");
    }
}
