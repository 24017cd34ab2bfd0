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
 * {@code claimflow redrive}: after a fix, sends what a consumer group dead-lettered to that group's redrive topic of
 * the topic it failed on, as it first came (key, value and headers, without the dead-letter ones), so the group that
 * failed processes it again and no other group sees it twice. It reads as consumer group {@value #GROUP}, committing
 * what it sent, so a record is re-driven once however often the command runs.
 */
@Command(
        name = "redrive",
        mixinStandardHelpOptions = true,
        description = {
            "Sends what a consumer group dead-lettered back to that group alone, once each: from its dead-letter topic"
                    + " <topic>.<group>.dlq to its redrive topic <topic>.<group>.redrive, which only that group reads.",
            "Give the group (--group store-service, every topic it reads; --topic to pick one) or a dead-letter topic"
                    + " (claimflow.claims.v1.store-service.dlq)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record sent back (or listed, with --dry-run)",
            "2:not a consumer group, topic or dead-letter topic of Claimflow, or a group that does not read the topic",
            "3:Kafka not reachable"
        })
public class RedriveCommand implements Callable<Integer> {

    static final String GROUP = "claimflow-redrive";
    private static final Duration POLL = Duration.ofSeconds(2);

    /**
     * The largest record the topics take (the services' {@code claimflow.kafka.max-message-bytes} default): a dead
     * letter may be a document of many megabytes, which must go back whole.
     */
    private static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    @Parameters(
            paramLabel = "DLQ",
            arity = "0..1",
            description = "A consumer group's dead-letter topic (<topic>.<group>.dlq) to empty into its redrive topic.")
    String deadLetterTopic;

    @Option(
            names = "--group",
            paramLabel = "GROUP",
            description = "The consumer group whose dead letters go back to it: extract-service, store-service or"
                    + " match-service.")
    String group;

    @Option(
            names = "--topic",
            paramLabel = "TOPIC",
            description = "With --group: only its dead letters of this topic (default: of every topic it reads).")
    String topicName;

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

    /** A consumer group's dead letters of one topic: where they are, and where they go back to. */
    record Source(Topic<?> topic, String group) {

        String deadLetterTopic() {
            return topic.deadLetterTopic(group);
        }

        String redriveTopic() {
            return topic.redriveTopic(group);
        }
    }

    @Override
    public Integer call() {
        List<Source> sources;
        try {
            sources = sources();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("claimflow redrive: " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer();
                KafkaProducer<byte[], byte[]> producer = producer()) {
            int sent = 0;
            for (Source source : sources) {
                sent += redrive(source, consumer, producer, out, max == null ? Integer.MAX_VALUE : max - sent);
            }
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

    /** What the arguments name, or why they name nothing that can be re-driven. */
    List<Source> sources() {
        if ((deadLetterTopic == null) == (group == null)) {
            throw new IllegalArgumentException("give either a dead-letter topic or --group; the dead-letter topics are "
                    + Topics.DEAD_LETTER_TOPICS);
        }
        if (deadLetterTopic != null) {
            if (topicName != null) {
                throw new IllegalArgumentException("--topic goes with --group, not with a dead-letter topic");
            }
            if (deadLetterTopic.equals(Topics.ALERT_DELIVERY_DEAD_LETTERS)) {
                throw new IllegalArgumentException(deadLetterTopic + " holds the alerts whose webhook kept failing;"
                        + " no consumer group reads alerts back, so they are not re-driven (GET /watches shows each"
                        + " watch's lastError)");
            }
            return Topics.ALL.stream()
                    .flatMap(topic -> topic.consumers().stream().map(consumer -> new Source(topic, consumer)))
                    .filter(source -> source.deadLetterTopic().equals(deadLetterTopic))
                    .findFirst()
                    .map(List::of)
                    .orElseThrow(() -> new IllegalArgumentException(deadLetterTopic
                            + " is not a dead-letter topic of a Claimflow consumer group; they are "
                            + Topics.DEAD_LETTER_TOPICS.stream()
                                    .filter(name -> !name.equals(Topics.ALERT_DELIVERY_DEAD_LETTERS))
                                    .toList()));
        }
        List<String> groups = Topics.ALL.stream()
                .flatMap(topic -> topic.consumers().stream())
                .distinct()
                .toList();
        if (!groups.contains(group)) {
            throw new IllegalArgumentException(
                    group + " is not a consumer group of Claimflow; the groups are " + groups);
        }
        List<Topic<?>> read = Topics.ALL.stream()
                .filter(topic -> topic.consumers().contains(group))
                .toList();
        if (topicName == null) {
            return read.stream().map(topic -> new Source(topic, group)).toList();
        }
        return read.stream()
                .filter(topic -> topic.name().equals(topicName))
                .findFirst()
                .map(topic -> List.of(new Source(topic, group)))
                .orElseThrow(() -> new IllegalArgumentException(group + " does not read " + topicName + "; it reads "
                        + read.stream().map(Topic::name).toList()));
    }

    /** Sends back up to {@code limit} of the source's dead letters; answers how many. */
    private int redrive(
            Source source,
            KafkaConsumer<byte[], byte[]> consumer,
            KafkaProducer<byte[], byte[]> producer,
            PrintWriter out,
            int limit)
            throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions =
                consumer.partitionsFor(source.deadLetterTopic(), Duration.ofSeconds(15)).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        int sent = 0;
        int repeats = 0;
        // store-service's dead-letter strategy writes at least once: a record it dead-lettered again after a crash
        // (same topic, partition and offset) goes back once.
        Set<String> origins = new HashSet<>();
        while (!caughtUp(consumer, ends) && sent < limit) {
            ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
            for (ConsumerRecord<byte[], byte[]> record : records) {
                if (sent >= limit) {
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
                                    source.redriveTopic(), null, record.key(), record.value(), original(record)))
                            .get();
                    commit(consumer, record);
                }
                sent++;
            }
        }
        out.println((dryRun ? "would send back " : "sent back ") + sent + " records to " + source.redriveTopic()
                + (repeats > 0 ? " (" + repeats + " dead-lettered more than once, sent once)" : ""));
        return sent;
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
                        true,
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        MAX_RECORD_BYTES),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }
}
