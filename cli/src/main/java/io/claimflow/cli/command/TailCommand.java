package io.claimflow.cli.command;

import io.claimflow.contracts.event.Checkworthiness;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.contracts.topic.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimflow tail}: the reference downstream consumer. Follows {@code claimflow.claims.v1} with the contracts'
 * deserializer, committed records only, and prints the claims that match.
 */
@Command(
        name = "tail",
        mixinStandardHelpOptions = true,
        description =
                "Prints claims from claimflow.claims.v1 as they arrive: one readable line each, or JSON with --json. "
                        + "Ctrl-C stops.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped, or --max-claims printed", "2:an invalid option", "3:Kafka not reachable"})
public class TailCommand implements Callable<Integer> {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    @Mixin
    Endpoints.Kafka kafka;

    @Option(
            names = "--from-beginning",
            description = "Start with the oldest claim on the topic instead of the next new one.")
    boolean fromBeginning;

    @Option(names = "--language", description = "Only claims in this language (ISO 639-1, or und).")
    String language;

    @Option(names = "--claimant", description = "Only claims by this claimant (name, case-insensitive).")
    String claimant;

    @Option(
            names = "--entity",
            description = "Only claims that mention this entity (normalised form, case-insensitive).")
    String entity;

    @Option(names = "--min-score", description = "Only claims at least this check-worthy (0..1).")
    Double minScore;

    @Option(names = "--json", description = "One ClaimExtracted JSON object per line instead of readable lines.")
    boolean json;

    @Option(names = "--max-claims", description = "Stop after printing this many claims.")
    Integer maxClaims;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // The same rules as the store's GET /claims filters, so a filter refused there is refused here too.
        if (minScore != null && !Checkworthiness.isScore(minScore)) {
            err.println("claimflow tail: --min-score " + Checkworthiness.MESSAGE + ", was " + minScore);
            return 2;
        }
        if (language != null && !LanguageCodes.isClaimLanguage(language)) {
            err.println("claimflow tail: --language " + LanguageCodes.CLAIM_LANGUAGE_MESSAGE + ", was " + language);
            return 2;
        }
        try (KafkaConsumer<String, ClaimExtracted> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "claimflow-tail"),
                new StringDeserializer(),
                Topics.CLAIMS.deserializer())) {
            List<TopicPartition> partitions;
            try {
                partitions = consumer.partitionsFor(Topics.CLAIMS.name(), CONNECT_TIMEOUT).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
            } catch (TimeoutException e) {
                err.println("claimflow tail: Kafka is not reachable at " + kafka.bootstrapServers + " (or has no "
                        + Topics.CLAIMS.name() + " yet); is the stack running? Start it with: ./claimflow up");
                return 3;
            }
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            Thread main = Thread.currentThread();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                consumer.wakeup();
                                try {
                                    main.join(5000);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            },
                            "claimflow-tail-stop"));
            return follow(consumer, out, err);
        } catch (WakeupException e) {
            return 0;
        }
    }

    private int follow(KafkaConsumer<String, ClaimExtracted> consumer, PrintWriter out, PrintWriter err)
            throws Exception {
        int printed = 0;
        while (maxClaims == null || printed < maxClaims) {
            try {
                for (ConsumerRecord<String, ClaimExtracted> record : consumer.poll(Duration.ofMillis(500))) {
                    if (matches(record.value()) && (maxClaims == null || printed < maxClaims)) {
                        out.println(
                                json
                                        ? EventJson.mapper().writeValueAsString(record.value())
                                        : ClaimLines.format(record.value()));
                        printed++;
                    }
                }
                out.flush();
            } catch (RecordDeserializationException e) {
                err.println("claimflow tail: skipping a record that is not a claim at " + e.topicPartition() + "@"
                        + e.offset() + ": " + e.getMessage());
                consumer.seek(e.topicPartition(), e.offset() + 1);
            }
        }
        return 0;
    }

    private boolean matches(ClaimExtracted claim) {
        return claim != null
                && (language == null || language.equalsIgnoreCase(claim.language()))
                && (claimant == null
                        || claimant.equalsIgnoreCase(claim.claimant().name()))
                && (entity == null
                        || claim.entities().stream()
                                .anyMatch(e -> e.normalized()
                                        .toLowerCase(Locale.ROOT)
                                        .equals(entity.toLowerCase(Locale.ROOT))))
                && (minScore == null || claim.checkworthiness() >= minScore);
    }
}
