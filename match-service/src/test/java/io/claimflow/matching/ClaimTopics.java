package io.claimflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TestProducers;
import io.claimflow.testkit.kafka.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The claims the tests publish as extract-service would, and what match-service published, read committed. */
final class ClaimTopics {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final Instant SEEN = Instant.parse("2017-11-14T08:00:00Z");

    private ClaimTopics() {}

    /** A claim of a document with its origin; each entity named by its normalised form, as a location. */
    static ClaimExtracted claim(String claimId, String documentId, String text, String... entities) {
        return new ClaimExtracted(
                claimId,
                documentId,
                0,
                text,
                new ClaimExtracted.Span(0, text.length()),
                "en",
                0.8,
                new ClaimExtracted.Claimant("A. Reporter", ClaimantType.PERSON, false),
                null,
                Arrays.stream(entities)
                        .map(e -> new ClaimExtracted.Entity(e, EntityType.LOCATION, e))
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                new ClaimExtracted.Extractor("test", "1"),
                Instant.now(),
                new ClaimExtracted.Origin(
                        "https://example.org/" + documentId, "source-of-" + documentId, SEEN, Instant.now()),
                null);
    }

    /** Publishes claims in one producer session, in order, keyed by document like extract-service. */
    static void publish(ClaimExtracted... claims) {
        try (var producer = TestProducers.create(
                TestKafka.bootstrapServers(), new EventSerializer<ClaimExtracted>("urn:claimflow:test"))) {
            for (ClaimExtracted claim : claims) {
                producer.send(new ProducerRecord<>(Topics.CLAIMS.name(), claim.documentId(), claim));
            }
            producer.flush();
        }
    }

    /** The matches of these claims once each has one, read committed. */
    static List<ClaimMatched> matchesOf(String... claimIds) {
        Set<String> ids = Set.of(claimIds);
        List<ClaimMatched> matches = TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.CLAIM_MATCHES.name(),
                        Topics.CLAIM_MATCHES.deserializer(),
                        read -> read.stream()
                                        .map(r -> r.value().claimId())
                                        .filter(ids::contains)
                                        .distinct()
                                        .count()
                                == ids.size(),
                        WAIT)
                .stream()
                .map(ConsumerRecord::value)
                .filter(match -> ids.contains(match.claimId()))
                .toList();
        assertThat(matches).extracting(ClaimMatched::claimId).containsAll(ids);
        return matches;
    }

    /** Everything claim-matches.v1 holds now for these claims, read committed. */
    static List<ClaimMatched> allMatchesOf(Set<String> claimIds) {
        return TopicProbe.readAll(
                        TestKafka.bootstrapServers(), Topics.CLAIM_MATCHES.name(), Topics.CLAIM_MATCHES.deserializer())
                .stream()
                .map(ConsumerRecord::value)
                .filter(match -> claimIds.contains(match.claimId()))
                .toList();
    }

    /** The records of a narrative, in order, once one satisfies the condition. */
    static List<ConsumerRecord<String, NarrativeUpdated>> narrative(
            String narrativeId, java.util.function.Predicate<NarrativeUpdated> until) {
        return TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.NARRATIVES.name(),
                        Topics.NARRATIVES.deserializer(),
                        read -> read.stream().anyMatch(r -> narrativeId.equals(r.key()) && until.test(r.value())),
                        WAIT)
                .stream()
                .filter(r -> narrativeId.equals(r.key()))
                .toList();
    }
}
