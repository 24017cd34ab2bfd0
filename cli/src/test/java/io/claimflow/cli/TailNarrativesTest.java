package io.claimflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TestProducers;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code claimflow tail --narratives} against a real broker: one line per narrative update, filtered as asked. */
class TailNarrativesTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void createTheTopic() throws Exception {
        // The test broker creates no topic on its own; match-service and the store would, as compacted.
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.NARRATIVES.name(), 3, (short) 1)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all()
                    .get();
        }
    }

    @Test
    void printsOneLinePerUpdateOfTheMatchingNarratives() {
        String swedish = "sv-" + UUID.randomUUID();
        String english = "en-" + UUID.randomUUID();
        send(
                narrative(english, 1, null, List.of("en"), "The U.S. let ISIS leave Raqqa."),
                narrative(swedish, 1, null, List.of("sv", "en"), "USA släpper iväg IS från Raqqa."),
                narrative(swedish, 2, english, List.of("sv", "en"), "USA släpper iväg IS från Raqqa."));

        int exit = run("--narratives", "--from-beginning", "--language", "SV", "--max-claims", "2");

        assertThat(exit).isZero();
        assertThat(out.toString().lines().toList())
                .as("the Swedish narrative's two updates, in the order published (one key, one partition)")
                .containsExactly(
                        "narrative " + swedish.substring(0, 12) + "…  4 claims  [sv, en]  sources: ANTIMEDIA, "
                                + "Nyheter Idag  \"USA släpper iväg IS från Raqqa.\"  (rev 1)",
                        "narrative " + swedish.substring(0, 12) + "…  merged into " + english.substring(0, 12)
                                + "…  (rev 2)");
    }

    @Test
    void theScoreFilterOfClaimsIsRefusedForNarratives() {
        assertThat(run("--narratives", "--min-score", "0.5")).isEqualTo(2);
        assertThat(err.toString()).contains("--min-score filters claims; narratives have no check-worthiness");
    }

    private static NarrativeUpdated narrative(
            String id, int revision, String mergedInto, List<String> languages, String label) {
        return new NarrativeUpdated(
                id,
                revision,
                mergedInto,
                new NarrativeUpdated.Label("c-" + id, "d-" + id, label, languages.get(0)),
                4,
                2,
                languages,
                List.of(new NarrativeUpdated.Tally("ANTIMEDIA", 3), new NarrativeUpdated.Tally("Nyheter Idag", 1)),
                List.of(new NarrativeUpdated.Tally("Surovikin", 2)),
                List.of(new NarrativeUpdated.EntityTally("Raqqa", EntityType.LOCATION, 4)),
                Instant.parse("2017-11-13T08:00:00Z"),
                Instant.parse("2017-11-16T19:30:00Z"),
                Instant.now());
    }

    private static void send(ClaimflowEvent... events) {
        try (KafkaProducer<String, ClaimflowEvent> producer =
                TestProducers.create(TestKafka.bootstrapServers(), new EventSerializer<>("urn:claimflow:test"))) {
            for (ClaimflowEvent event : events) {
                producer.send(new ProducerRecord<>(Topics.NARRATIVES.name(), event.key(), event));
            }
            producer.flush();
        }
    }

    private int run(String... options) {
        CommandLine cli = ClaimflowCli.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        String[] args = new String[options.length + 3];
        args[0] = "tail";
        args[1] = "--bootstrap-servers";
        args[2] = TestKafka.bootstrapServers();
        System.arraycopy(options, 0, args, 3, options.length);
        return cli.execute(args);
    }
}
