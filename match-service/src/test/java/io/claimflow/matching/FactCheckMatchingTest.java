package io.claimflow.matching;

import static io.claimflow.matching.ClaimTopics.claim;
import static io.claimflow.matching.ClaimTopics.matchesOf;
import static io.claimflow.matching.ClaimTopics.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.matching.service.FactCheckShelf;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TestProducers;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Every claim is checked against the fact-check library read from {@code claimflow.factchecks.v1}. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class FactCheckMatchingTest extends ReadyServiceTest {

    @Inject
    FactCheckShelf shelf;

    @Test
    void aClaimThatAFactCheckCheckedCarriesItAndAnUnrelatedOneDoesNot() throws InterruptedException {
        String run = UUID.randomUUID().toString().replace("-", "");
        String checked = "Zorbian officials admitted that the Quillmark reservoir was poisoned on purpose " + run;
        FactCheck factCheck = new FactCheck(
                "fc-" + run,
                "https://checks.example.org/" + run,
                checked,
                "Was the Quillmark reservoir poisoned on purpose?",
                "False",
                "Example Checks",
                null,
                LocalDate.parse("2017-11-20"),
                "en",
                List.of("https://example.org/doc-a-" + run),
                null);
        send(factCheck);
        // The library is followed on a thread of its own; the dry run shows when it has the fact-check.
        awaitLibrary(() -> previewFinds(checked, factCheck.id()), "has the fact-check");

        publish(
                claim("said-" + run, "doc-a-" + run, checked),
                claim(
                        "other-" + run,
                        "doc-b-" + run,
                        "Vantorian farmers harvested a record crop of blue melons " + run));
        List<ClaimMatched> matches = matchesOf("said-" + run, "other-" + run);
        ClaimMatched said = matches.stream()
                .filter(m -> m.claimId().equals("said-" + run))
                .findFirst()
                .orElseThrow();
        assertThat(said.factChecks()).hasSize(1);
        ClaimMatched.FactCheckMatch match = said.factChecks().get(0);
        assertThat(match.id()).isEqualTo(factCheck.id());
        assertThat(match.verdict()).isEqualTo("False");
        assertThat(match.publisher()).isEqualTo("Example Checks");
        assertThat(match.url()).isEqualTo(factCheck.url());
        assertThat(match.score()).isBetween(0.5, 1.0);
        assertThat(match.evidence().terms()).contains("quillmark", "reservoir");
        assertThat(match.evidence().urls()).containsExactly("https://example.org/doc-a-" + run);
        assertThat(matches.stream().filter(m -> m.claimId().equals("other-" + run)))
                .allMatch(m -> m.factChecks().isEmpty());

        given().contentType("application/json")
                .body(Map.of(
                        "text", "Vantorian farmers harvested a record crop of blue melons " + run, "language", "en"))
                .post("/match")
                .then()
                .statusCode(200)
                .body("factChecks.size()", equalTo(0));
        // Asked for a ranking, the same text gets the library's best whatever their confidence: here the fact-check
        // it shares only the run's token with, below the threshold.
        List<Map<String, Object>> ranking = given().contentType("application/json")
                .body(Map.of(
                        "text",
                        "Vantorian farmers harvested a record crop of blue melons " + run,
                        "language",
                        "en",
                        "top",
                        3))
                .post("/match")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("factChecks");
        assertThat(ranking).hasSizeBetween(1, 3);
        assertThat(ranking).anySatisfy(hit -> {
            assertThat(hit.get("id")).isEqualTo(factCheck.id());
            assertThat(((Number) hit.get("score")).doubleValue()).isLessThan(0.5);
        });
    }

    @Test
    void aFactCheckImportedLaterIsAddedToTheClaimsItCheckedWithinTheWindow() {
        String run = UUID.randomUUID().toString().replace("-", "");
        String text =
                "Drelvian ministers confirmed that the Ostrava bridge collapsed after the secret budget cuts " + run;
        Instant now = Instant.now();
        ClaimExtracted recent = claim("late-" + run, "doc-late-" + run, text)
                .withOrigin(new ClaimExtracted.Origin("https://example.org/late-" + run, "Example", now, now));
        publish(recent);
        ClaimMatched first = matchesOf("late-" + run).get(0);
        assertThat(first.factChecks()).isEmpty();

        FactCheck factCheck = factCheck("later-" + run, text, "Mostly false");
        send(factCheck);
        List<ClaimMatched> again = TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.CLAIM_MATCHES.name(),
                        Topics.CLAIM_MATCHES.deserializer(),
                        read -> read.stream()
                                .anyMatch(r -> r.key().equals("late-" + run)
                                        && !r.value().factChecks().isEmpty()),
                        ClaimTopics.WAIT)
                .stream()
                .map(ConsumerRecord::value)
                .filter(m -> m.claimId().equals("late-" + run))
                .toList();
        assertThat(again).hasSize(2);
        ClaimMatched republished = again.get(1);
        assertThat(republished.factChecks())
                .extracting(ClaimMatched.FactCheckMatch::id)
                .containsExactly(factCheck.id());
        assertThat(republished.factChecks().get(0).verdict()).isEqualTo("Mostly false");
        assertThat(republished.narrativeId()).isEqualTo(first.narrativeId());
        assertThat(republished.links()).isEqualTo(first.links());
        assertThat(republished.documentId()).isEqualTo(first.documentId());
        assertThat(republished.eventId()).isNotEqualTo(first.eventId());
    }

    @Test
    void aClaimThatTwoFactChecksOfOneBatchCheckedIsPublishedAgainOnceWithBoth() {
        String run = UUID.randomUUID().toString().replace("-", "");
        String text = "Korvish engineers admitted that the Tallmere dam was built with counterfeit steel " + run;
        Instant now = Instant.now();
        publish(claim("twice-" + run, "doc-twice-" + run, text)
                .withOrigin(new ClaimExtracted.Origin("https://example.org/twice-" + run, "Example", now, now)));
        assertThat(matchesOf("twice-" + run).get(0).factChecks()).isEmpty();

        // One transaction: a read_committed consumer gets both fact-checks in one batch.
        sendInOneTransaction(
                factCheck("dam-a-" + run, text, "False"),
                factCheck("dam-b-" + run, "The Tallmere dam was built with counterfeit steel " + run, "Mostly false"));
        TopicProbe.read(
                TestKafka.bootstrapServers(),
                Topics.CLAIM_MATCHES.name(),
                Topics.CLAIM_MATCHES.deserializer(),
                read -> read.stream()
                        .anyMatch(r -> r.key().equals("twice-" + run)
                                && !r.value().factChecks().isEmpty()),
                ClaimTopics.WAIT);
        // The records of that batch's transaction are all readable now that one of them is.
        List<ClaimMatched> again = TopicProbe.readAll(
                        TestKafka.bootstrapServers(), Topics.CLAIM_MATCHES.name(), Topics.CLAIM_MATCHES.deserializer())
                .stream()
                .map(ConsumerRecord::value)
                .filter(m -> m.claimId().equals("twice-" + run))
                .toList();
        assertThat(again).as("the first match and one record for the batch").hasSize(2);
        assertThat(again.get(1).factChecks())
                .extracting(ClaimMatched.FactCheckMatch::id)
                .containsExactlyInAnyOrder("dam-a-" + run, "dam-b-" + run);
    }

    @Test
    void theLibraryIsMergedIntoOneSegmentOnceAnImportIsOver() throws InterruptedException {
        String run = UUID.randomUUID().toString().replace("-", "");
        // One at a time, each in the library before the next is sent: a commit, so a segment, each.
        for (int i = 0; i < 3; i++) {
            FactCheck factCheck = factCheck(
                    "segment-" + i + "-" + run,
                    "Plarvish customs seized " + (i + 2) + " crates of forged Brennic coins " + run,
                    "False");
            send(factCheck);
            awaitLibrary(() -> previewFinds(factCheck.claimReviewed(), factCheck.id()), "has " + factCheck.id());
        }
        assertThat(shelf.segments())
                .as("the segments of the fact-checks just added")
                .isGreaterThan(1);
        awaitLibrary(() -> shelf.segments() == 1, "is merged into one segment after " + FactCheckShelf.QUIET);
        assertThat(previewFinds("Plarvish customs seized 3 crates of forged Brennic coins " + run, "segment-1-" + run))
                .isTrue();
    }

    private static void awaitLibrary(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + ClaimTopics.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the library " + what + " in time").isLessThan(until);
            Thread.sleep(200);
        }
    }

    static void sendInOneTransaction(FactCheck... factChecks) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                "test-factchecks-" + UUID.randomUUID());
        try (KafkaProducer<String, FactCheckImported> producer =
                new KafkaProducer<>(config, new StringSerializer(), new EventSerializer<>("urn:claimflow:test"))) {
            producer.initTransactions();
            producer.beginTransaction();
            for (FactCheck factCheck : factChecks) {
                producer.send(new ProducerRecord<>(
                        Topics.FACT_CHECKS.name(),
                        factCheck.id(),
                        new FactCheckImported(factCheck, Instant.now(), null)));
            }
            producer.commitTransaction();
        }
    }

    static FactCheck factCheck(String id, String claimReviewed, String verdict) {
        return new FactCheck(
                id,
                "https://checks.example.org/" + id,
                claimReviewed,
                null,
                verdict,
                "Example Checks",
                null,
                LocalDate.parse("2017-11-20"),
                "en",
                List.of(),
                null);
    }

    static void send(FactCheck factCheck) {
        TestProducers.send(
                TestKafka.bootstrapServers(),
                Topics.FACT_CHECKS.name(),
                factCheck.id(),
                new FactCheckImported(factCheck, Instant.now(), null),
                new EventSerializer<>("urn:claimflow:test"));
    }

    static boolean previewFinds(String text, String factCheckId) {
        return given().contentType("application/json")
                .body(Map.of("text", text, "language", "en"))
                .post("/match")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("factChecks.id")
                .contains(factCheckId);
    }
}
