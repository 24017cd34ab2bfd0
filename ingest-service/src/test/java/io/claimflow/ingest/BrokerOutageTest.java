package io.claimflow.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.EmbeddedKafkaBroker;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The broker stops in the middle of a stream of submissions and comes back: meanwhile requests fail fast with 503 and
 * Retry-After, never 202, and afterwards every document answered 202 is on the topic. The client posts a refused
 * document again until it is taken, and no document reaches the topic twice, even one whose first publish the broker
 * wrote without ingest hearing of it.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.ShortTimeouts.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class BrokerOutageTest extends ReadyServiceTest {

    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(3);

    /** Timeouts short enough for a test; the bound a request may wait is the publish timeout. */
    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "claimflow.ingest.publish-timeout",
                    PUBLISH_TIMEOUT.toSeconds() + "s",
                    "claimflow.ingest.retry-after",
                    "2s");
        }
    }

    /** One submission: its document id, the answer's status, Retry-After, and how long it took. */
    record Attempt(String id, int status, String retryAfter, long millis) {}

    @Test
    void anOutageGetsFast503sAndNothingAccepted202IsLost() throws Exception {
        EmbeddedKafkaBroker broker = TestKafka.embedded();
        List<Attempt> attempts = new CopyOnWriteArrayList<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            while (sending.get()) {
                String id = "outage-" + UUID.randomUUID();
                Attempt attempt;
                do {
                    attempt = submit(id);
                    attempts.add(attempt);
                } while (attempt.status() == 503 && sending.get());
            }
        });
        sender.start();
        try {
            awaitCount(attempts, 202, 20, Duration.ofSeconds(30));
            broker.stop();
            awaitCount(attempts, 503, 10, Duration.ofSeconds(60));
            given().get("/q/health/ready").then().statusCode(503);
            broker.start();
            int acceptedBefore = count(attempts, 202);
            awaitCount(attempts, 202, acceptedBefore + 20, Duration.ofSeconds(90));
        } finally {
            sending.set(false);
            sender.join();
            if (!broker.isRunning()) {
                broker.start();
            }
        }

        assertThat(attempts).extracting(Attempt::status).isSubsetOf(200, 202, 503);
        assertThat(attempts)
                .filteredOn(attempt -> attempt.status() == 503)
                .allSatisfy(attempt -> assertThat(attempt.retryAfter()).isEqualTo("2"));
        // Cut short by the publish timeout, not left to the producer's own: a bound a loaded machine cannot reach.
        long producerGivesUp = ConfigProvider.getConfig().getValue("kafka.delivery.timeout.ms", Long.class);
        assertThat(attempts).allSatisfy(attempt -> assertThat(attempt.millis()).isLessThan(producerGivesUp));
        Set<String> accepted = attempts.stream()
                .filter(attempt -> attempt.status() != 503)
                .map(Attempt::id)
                .collect(Collectors.toSet());
        List<String> onTopic = TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.DOCUMENTS.name(),
                        Topics.DOCUMENTS.deserializer(),
                        records -> records.stream()
                                .map(r -> r.key())
                                .collect(Collectors.toSet())
                                .containsAll(accepted),
                        Duration.ofSeconds(60))
                .stream()
                .map(r -> r.key())
                .filter(accepted::contains)
                .toList();
        assertThat(onTopic).containsExactlyInAnyOrderElementsOf(accepted);
        System.out.printf(
                "Broker outage drill: %d submissions, %d documents accepted (each once on the topic, %d of them "
                        + "found there on a retry),"
                        + " %d refused with 503%n",
                attempts.size(), accepted.size(), count(attempts, 200), count(attempts, 503));
    }

    private static Attempt submit(String id) {
        long start = System.nanoTime();
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "text", "Submitted during the drill " + id))
                .post("/documents");
        return new Attempt(
                id, response.statusCode(), response.header("Retry-After"), (System.nanoTime() - start) / 1_000_000);
    }

    private static void awaitCount(List<Attempt> attempts, int status, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(attempts, status) < count) {
            assertThat(System.nanoTime())
                    .as("%d answers %d within %s", count, status, timeout)
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static int count(List<Attempt> attempts, int status) {
        return (int)
                attempts.stream().filter(attempt -> attempt.status() == status).count();
    }
}
