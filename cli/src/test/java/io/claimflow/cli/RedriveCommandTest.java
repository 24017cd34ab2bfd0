package io.claimflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.serde.DeadLetterHeaders;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TopicProbe;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * {@code claimflow redrive} takes a consumer group and sends its dead letters to its own redrive topic, once each,
 * against a real broker; what names no group, topic or dead-letter topic is refused before it looks for Kafka.
 */
class RedriveCommandTest {

    /** Nothing listens there: arguments that passed would make redrive look for Kafka, not exit 2. */
    private static final String NO_BROKER = "127.0.0.1:1";

    private static final String STORE_CLAIMS_DLQ = Topics.CLAIMS.deadLetterTopic(Topics.STORE_SERVICE);
    private static final String STORE_CLAIMS_REDRIVE = Topics.CLAIMS.redriveTopic(Topics.STORE_SERVICE);
    private static final String MATCH_CLAIMS_DLQ = Topics.CLAIMS.deadLetterTopic(Topics.MATCH_SERVICE);
    private static final String MATCH_CLAIMS_REDRIVE = Topics.CLAIMS.redriveTopic(Topics.MATCH_SERVICE);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void sendsAGroupsDeadLettersToItsRedriveTopicOnlyAndOnce() throws Exception {
        createTopics(STORE_CLAIMS_DLQ, STORE_CLAIMS_REDRIVE, MATCH_CLAIMS_DLQ, MATCH_CLAIMS_REDRIVE);
        String run = UUID.randomUUID().toString();
        String storeFailed = "store-" + run;
        String matchFailed = "match-" + run;
        deadLetter(STORE_CLAIMS_DLQ, storeFailed, "the database refused it");
        deadLetter(MATCH_CLAIMS_DLQ, matchFailed, "matching failed");

        assertThat(run(TestKafka.bootstrapServers(), "--group", "store-service", "--topic", "claimflow.claims.v1"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString())
                .contains("sent back " + storeFailed + " from " + STORE_CLAIMS_DLQ + "@")
                .contains("(the database refused it)")
                .contains("sent back 1 records to " + STORE_CLAIMS_REDRIVE)
                .doesNotContain(matchFailed);

        List<ConsumerRecord<String, byte[]>> redriven = TopicProbe.read(
                TestKafka.bootstrapServers(),
                STORE_CLAIMS_REDRIVE,
                new ByteArrayDeserializer(),
                records -> records.stream().anyMatch(r -> storeFailed.equals(r.key())),
                java.time.Duration.ofSeconds(30));
        assertThat(redriven).extracting(ConsumerRecord::key).containsExactly(storeFailed);
        ConsumerRecord<String, byte[]> back = redriven.get(0);
        assertThat(new String(back.value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"claimId\": \"" + storeFailed + "\"}");
        assertThat(back.headers().lastHeader("ce_type")).isNotNull();
        assertThat(back.headers())
                .as("the record as it first came, without the dead-letter headers")
                .noneMatch(header -> DeadLetterHeaders.isDeadLetterHeader(header.key()));
        assertThat(TopicProbe.readAll(TestKafka.bootstrapServers(), MATCH_CLAIMS_REDRIVE, new ByteArrayDeserializer()))
                .as("match-service's dead letters stay where they are")
                .isEmpty();

        out.getBuffer().setLength(0);
        assertThat(run(TestKafka.bootstrapServers(), "--group", "store-service", "--topic", "claimflow.claims.v1"))
                .isZero();
        assertThat(out.toString()).contains("sent back 0 records to " + STORE_CLAIMS_REDRIVE);

        out.getBuffer().setLength(0);
        assertThat(run(TestKafka.bootstrapServers(), MATCH_CLAIMS_DLQ, "--dry-run"))
                .isZero();
        assertThat(out.toString())
                .contains("would send back " + matchFailed + " from " + MATCH_CLAIMS_DLQ)
                .contains("would send back 1 records to " + MATCH_CLAIMS_REDRIVE);
        assertThat(TopicProbe.readAll(TestKafka.bootstrapServers(), MATCH_CLAIMS_REDRIVE, new ByteArrayDeserializer()))
                .isEmpty();
    }

    @Test
    void anUnknownGroupIsRefused() {
        assertThat(run(NO_BROKER, "--group", "claimflow-store")).isEqualTo(2);
        assertThat(err.toString())
                .contains("claimflow-store is not a consumer group of Claimflow")
                .contains("store-service");
        assertThat(run(NO_BROKER, "--group", "ingest-service")).isEqualTo(2);
    }

    @Test
    void aTopicTheGroupDoesNotReadIsRefused() {
        assertThat(run(NO_BROKER, "--group", "extract-service", "--topic", "claimflow.claims.v1"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("extract-service does not read claimflow.claims.v1; it reads [claimflow.documents.v1]");
        assertThat(run(NO_BROKER, "--group", "store-service", "--topic", "claimflow.nothing.v1"))
                .isEqualTo(2);
    }

    @Test
    void aNameThatIsNoGroupsDeadLetterTopicIsRefused() {
        assertThat(run(NO_BROKER, "claimflow.documents.v1.dlq")).isEqualTo(2);
        assertThat(err.toString())
                .contains("claimflow.documents.v1.dlq is not a dead-letter topic of a Claimflow consumer group")
                .contains("claimflow.documents.v1.store-service.dlq");
        assertThat(run(NO_BROKER, Topics.ALERT_DELIVERY_DEAD_LETTERS)).isEqualTo(2);
        assertThat(err.toString()).contains("webhook kept failing");
    }

    @Test
    void eitherADeadLetterTopicOrAGroupIsNeeded() {
        assertThat(run(NO_BROKER)).isEqualTo(2);
        assertThat(run(NO_BROKER, STORE_CLAIMS_DLQ, "--group", "store-service")).isEqualTo(2);
        assertThat(err.toString()).contains("give either a dead-letter topic or --group");
    }

    private int run(String bootstrapServers, String... arguments) {
        var cli = ClaimflowCli.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        String[] args = new String[arguments.length + 3];
        args[0] = "redrive";
        args[1] = "--bootstrap-servers";
        args[2] = bootstrapServers;
        System.arraycopy(arguments, 0, args, 3, arguments.length);
        return cli.execute(args);
    }

    private static void createTopics(String... names) throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(java.util.Arrays.stream(names)
                            .map(name -> new NewTopic(name, Optional.of(2), Optional.empty()))
                            .toList())
                    .all()
                    .get();
        }
    }

    /** A claim record as a consumer dead-letters it: its own CloudEvents header, and the dead-letter ones. */
    private static void deadLetter(String deadLetterTopic, String key, String reason) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", Topics.CLAIMS.eventType().getBytes(StandardCharsets.UTF_8));
        DeadLetterHeaders.write(headers, new IllegalArgumentException(reason), Topics.CLAIMS.name(), 0, 7L);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(deadLetterTopic, null, key, "{\"claimId\": \"" + key + "\"}", headers))
                    .get();
        }
    }
}
