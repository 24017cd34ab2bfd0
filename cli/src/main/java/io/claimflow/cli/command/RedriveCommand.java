package io.claimflow.cli.command;

import io.claimflow.contracts.serde.CloudEventHeaders;
import io.claimflow.contracts.serde.DeadLetterHeaders;
import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimflow redrive}: after a fix, sends what a dead-letter topic holds back to the topic it failed on, as it
 * first came (key, value and headers, without the dead-letter ones). It reads as consumer group {@value #GROUP},
 * committing what it sent, so a record is re-driven once however often the command runs.
 */
@Command(
        name = "redrive",
        mixinStandardHelpOptions = true,
        description = "Sends the records of a dead-letter topic (claimflow.documents.v1.dlq, claimflow.claims.v1.dlq,"
                + " claimflow.document-status.v1.dlq) back to the topic they failed on, once each.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record sent back (or listed, with --dry-run)",
            "2:not a dead-letter topic of Claimflow",
            "3:Kafka not reachable"
        })
public class RedriveCommand implements Callable<Integer> {

    static final String GROUP = "claimflow-redrive";
    private static final Duration POLL = Duration.ofSeconds(2);

    @Parameters(paramLabel = "DLQ", description = "The dead-letter topic to empty into its topic.")
    String deadLetterTopic;

    @Option(
            names = "--dry-run",
            description = "List what would be sent back, and why it failed, without sending or committing.")
    boolean dryRun;

    @Option(names = "--max", description = "Send back at most this many records.")
    Integer max;

    @Mixin
    Endpoints.Kafka kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Topic<?> topic = Topics.ALL.stream()
                .filter(t -> t.deadLetterTopic().equals(deadLetterTopic))
                .findFirst()
                .orElse(null);
        if (topic == null) {
            spec.commandLine()
                    .getErr()
                    .println("claimflow redrive: " + deadLetterTopic
                            + " is not a dead-letter topic of Claimflow; they are "
                            + Topics.ALL.stream().map(Topic::deadLetterTopic).toList());
            return 2;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer();
                KafkaProducer<byte[], byte[]> producer = producer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(15)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            int sent = 0;
            int repeats = 0;
            // Two consumer groups read claimflow.documents.v1 (extract and store) and share its dead-letter
            // topic, so one failed record can be dead-lettered twice: it goes back once.
            Set<String> origins = new HashSet<>();
            while (!caughtUp(consumer, ends) && (max == null || sent < max)) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (max != null && sent >= max) {
                        break;
                    }
                    String origin = origin(record);
                    if (origin != null && !origins.add(origin)) {
                        repeats++;
                        commit(consumer, record);
                        continue;
                    }
                    out.println((dryRun ? "would send back " : "sent back ") + key(record) + " from " + record.topic()
                            + "@" + record.offset() + " ("
                            + Objects.requireNonNullElse(header(record, DeadLetterHeaders.REASON), "no reason recorded")
                            + ")");
                    if (!dryRun) {
                        producer.send(new ProducerRecord<>(
                                        topic.name(), null, record.key(), record.value(), original(record)))
                                .get();
                        commit(consumer, record);
                    }
                    sent++;
                }
            }
            out.println((dryRun ? "would send back " : "sent back ") + sent + " records to " + topic.name()
                    + (repeats > 0 ? " (" + repeats + " dead-lettered twice, by two consumers, sent once)" : ""));
            out.flush();
            return 0;
        } catch (TimeoutException e) {
            spec.commandLine()
                    .getErr()
                    .println("claimflow redrive: Kafka is not reachable at " + kafka.bootstrapServers);
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            spec.commandLine()
                    .getErr()
                    .println("claimflow redrive: sending back failed: "
                            + e.getCause().getMessage());
            return 1;
        }
    }

    private void commit(KafkaConsumer<byte[], byte[]> consumer, ConsumerRecord<byte[], byte[]> record) {
        if (!dryRun) {
            consumer.commitSync(Map.of(
                    new TopicPartition(record.topic(), record.partition()),
                    new OffsetAndMetadata(record.offset() + 1)));
        }
    }

    private boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    /** The record as it first came: its headers without the ones the dead-letter step added. */
    private static RecordHeaders original(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!DeadLetterHeaders.isDeadLetterHeader(header.key())) {
                headers.add(header);
            }
        }
        return headers;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return CloudEventHeaders.get(record.headers(), name);
    }

    /** Where the record failed ({@code topic-partition@offset}), or null when its headers do not say. */
    private static String origin(ConsumerRecord<byte[], byte[]> record) {
        String topic = header(record, DeadLetterHeaders.TOPIC);
        String partition = header(record, DeadLetterHeaders.PARTITION);
        String offset = header(record, DeadLetterHeaders.OFFSET);
        return topic == null || partition == null || offset == null ? null : topic + "-" + partition + "@" + offset;
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? "(no key)" : new String(record.key(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        GROUP,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }
}
