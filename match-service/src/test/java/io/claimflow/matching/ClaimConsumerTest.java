package io.claimflow.matching;

import static io.claimflow.matching.ClaimTopics.claim;
import static io.claimflow.matching.ClaimTopics.matchesOf;
import static io.claimflow.matching.ClaimTopics.narrative;
import static io.claimflow.matching.ClaimTopics.publish;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TestProducers;
import io.claimflow.testkit.kafka.TopicProbe;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ClaimConsumerTest extends ReadyServiceTest {

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aTwinUnderAnotherDocumentIsLinkedIntoOneNarrativeWithGrowingRevisions() {
        String run = unique();
        String text = "The coalition let four thousand Zefrani fighters leave Qorvath under a secret deal " + run;
        publish(claim("orig-" + run, "doc-a-" + run, text, "Qorvath"));
        ClaimMatched first = matchesOf("orig-" + run).get(0);
        assertThat(first.narrativeId()).isEqualTo("orig-" + run);
        assertThat(first.links()).isEmpty();
        narrative("orig-" + run, n -> n.revision() == 1);

        publish(claim("twin-" + run, "doc-b-" + run, text, "Qorvath"));
        ClaimMatched twin = matchesOf("twin-" + run).get(0);
        assertThat(twin.key()).isEqualTo("twin-" + run);
        assertThat(twin.narrativeId()).isEqualTo("orig-" + run);
        assertThat(twin.links()).hasSize(1);
        ClaimMatched.Match link = twin.links().get(0);
        assertThat(link.claimId()).isEqualTo("orig-" + run);
        assertThat(link.documentId()).isEqualTo("doc-a-" + run);
        assertThat(link.score()).isEqualTo(1.0);
        assertThat(link.evidence().sameText()).isTrue();
        assertThat(link.evidence().entities()).containsExactly("Qorvath");

        List<ConsumerRecord<String, NarrativeUpdated>> states = narrative("orig-" + run, n -> n.revision() == 2);
        assertThat(states).extracting(ConsumerRecord::key).containsOnly("orig-" + run);
        assertThat(states).extracting(r -> r.value().revision()).containsExactly(1, 2);
        NarrativeUpdated latest = states.get(1).value();
        assertThat(latest.claims()).isEqualTo(2);
        assertThat(latest.documents()).isEqualTo(2);
        assertThat(latest.mergedInto()).isNull();
        assertThat(latest.languages()).containsExactly("en");
        assertThat(latest.sources())
                .containsExactly(
                        new NarrativeUpdated.Tally("source-of-doc-a-" + run, 1),
                        new NarrativeUpdated.Tally("source-of-doc-b-" + run, 1));
        assertThat(latest.claimants()).containsExactly(new NarrativeUpdated.Tally("A. Reporter", 2));
        assertThat(latest.firstSeen()).isEqualTo(ClaimTopics.SEEN);
    }

    @Test
    void aClaimReDrivenToThisGroupIsMatched() {
        String run = unique();
        ClaimExtracted claim = claim(
                "redriven-" + run, "doc-r-" + run, "Officials in Varnholt denied the secret deal " + run, "Varnholt");
        TestProducers.send(
                TestKafka.bootstrapServers(),
                Topics.CLAIMS.redriveTopic(Topics.MATCH_SERVICE),
                claim.documentId(),
                claim,
                new EventSerializer<>("urn:claimflow:test"));

        assertThat(matchesOf("redriven-" + run))
                .singleElement()
                .satisfies(match -> assertThat(match.narrativeId()).isEqualTo("redriven-" + run));
    }

    @Test
    void aClaimThatLinksTwoNarrativesMergesThemAndTheMergedOneSaysWhereItWent() {
        String run = unique();
        String text = "Brelvish officials admitted that the Quennar dam burst after secret repairs failed " + run;
        // Claims of one document are never linked: two narratives of the same text, in one batch.
        publish(
                claim("m1-" + run, "doc-m-" + run, text, "Quennar"),
                claim("m2-" + run, "doc-m-" + run, text, "Quennar"));
        List<ClaimMatched> two = matchesOf("m1-" + run, "m2-" + run);
        assertThat(two).extracting(ClaimMatched::narrativeId).containsExactlyInAnyOrder("m1-" + run, "m2-" + run);

        publish(claim("bridge-" + run, "doc-n-" + run, text, "Quennar"));
        ClaimMatched bridge = matchesOf("bridge-" + run).get(0);
        assertThat(bridge.links()).extracting(ClaimMatched.Match::claimId).containsExactly("m1-" + run, "m2-" + run);
        assertThat(bridge.narrativeId()).isEqualTo("m1-" + run);

        List<ConsumerRecord<String, NarrativeUpdated>> merged = narrative("m2-" + run, n -> n.mergedInto() != null);
        NarrativeUpdated last = merged.get(merged.size() - 1).value();
        assertThat(last.mergedInto()).isEqualTo("m1-" + run);
        assertThat(last.revision()).isEqualTo(2);
        NarrativeUpdated survivor = narrative("m1-" + run, n -> n.claims() == 3).stream()
                .reduce((a, b) -> b)
                .orElseThrow()
                .value();
        // Three claims and one narrative merged in.
        assertThat(survivor.revision()).isEqualTo(4);
    }

    @Test
    void deadLettersAnUnreadableRecordAndTheBatchGoesOn() {
        String run = unique();
        byte[] garbage = "{this is not a claim".getBytes(StandardCharsets.UTF_8);
        TestProducers.sendRaw(TestKafka.bootstrapServers(), Topics.CLAIMS.name(), "poison-" + run, garbage);
        publish(claim("after-" + run, "doc-after-" + run, "Ministers of Vantoria denied the Olmek report " + run));

        assertThat(matchesOf("after-" + run)).hasSize(1);
        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.read(
                        TestKafka.bootstrapServers(),
                        Topics.CLAIMS.deadLetterTopic(Topics.MATCH_SERVICE),
                        new ByteArrayDeserializer(),
                        read -> read.stream().anyMatch(r -> ("poison-" + run).equals(r.key())),
                        ClaimTopics.WAIT)
                .stream()
                .filter(r -> ("poison-" + run).equals(r.key()))
                .toList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(garbage);
        assertThat(header(dead.get(0), "dead-letter-reason")).contains("unreadable record");
        assertThat(header(dead.get(0), "dead-letter-topic")).isEqualTo(Topics.CLAIMS.name());
        assertThat(header(dead.get(0), "dead-letter-offset")).matches("\\d+");
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
