package io.claimflow.cli.command;

import io.claimflow.contracts.event.Checkworthiness;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
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
 * {@code claimflow tail}: the reference downstream consumer. Follows {@code claimflow.claims.v1}, or with
 * {@code --narratives} {@code claimflow.narratives.v1}, with the contracts' deserializer, committed records only, and
 * prints the claims or narrative updates that match.
 */
@Command(
        name = "tail",
        mixinStandardHelpOptions = true,
        description = "Prints claims from claimflow.claims.v1 as they arrive, or with --narratives each update of a "
                + "narrative from claimflow.narratives.v1: one readable line each, or JSON with --json. "
                + "Ctrl-C stops.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped, or --max-claims printed", "2:an invalid option", "3:Kafka not reachable"})
public class TailCommand implements Callable<Integer> {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    @Mixin
    Endpoints.Kafka kafka;

    @Option(
            names = "--narratives",
            description = "Follow the narratives instead (match-service's claimflow.narratives.v1): one line per "
                    + "update with its id, claims, languages, sources and label. --language, --claimant and --entity "
                    + "then filter on the narrative's languages, top claimants and top entities.")
    boolean narratives;

    @Option(
            names = "--from-beginning",
            description = "Start with the oldest record on the topic instead of the next new one (for narratives, "
                    + "a compacted topic: the latest state of each, then their updates).")
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

    @Option(
            names = "--json",
            description = "One ClaimExtracted (NarrativeUpdated with --narratives) JSON object per line instead of "
                    + "readable lines.")
    boolean json;

    @Option(
            names = "--max-claims",
            description = "Stop after printing this many claims (narrative updates with --narratives).")
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
        if (narratives && minScore != null) {
            err.println("claimflow tail: --min-score filters claims; narratives have no check-worthiness");
            return 2;
        }
        return narratives
                ? follow(Topics.NARRATIVES, this::matchesNarrative, NarrativeLines::format, out, err)
                : follow(Topics.CLAIMS, this::matchesClaim, ClaimLines::format, out, err);
    }

    /** Follows the topic from its end (or beginning) and prints each record that matches, until stopped. */
    private <V extends ClaimflowEvent> int follow(
            Topic<V> topic, Predicate<V> matches, Function<V, String> line, PrintWriter out, PrintWriter err)
            throws Exception {
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(
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
                topic.deserializer())) {
            List<TopicPartition> partitions;
            try {
                partitions = consumer.partitionsFor(topic.name(), CONNECT_TIMEOUT).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
            } catch (TimeoutException e) {
                err.println("claimflow tail: Kafka is not reachable at " + kafka.bootstrapServers + " (or has no "
                        + topic.name() + " yet); is the stack running? Start it with: ./claimflow up");
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
            return print(consumer, matches, line, out, err);
        } catch (WakeupException e) {
            return 0;
        }
    }

    private <V> int print(
            KafkaConsumer<String, V> consumer,
            Predicate<V> matches,
            Function<V, String> line,
            PrintWriter out,
            PrintWriter err)
            throws Exception {
        int printed = 0;
        while (maxClaims == null || printed < maxClaims) {
            try {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(500))) {
                    V value = record.value();
                    if (value != null && matches.test(value) && (maxClaims == null || printed < maxClaims)) {
                        out.println(json ? EventJson.mapper().writeValueAsString(value) : line.apply(value));
                        printed++;
                    }
                }
                out.flush();
            } catch (RecordDeserializationException e) {
                err.println("claimflow tail: skipping a record that cannot be read at " + e.topicPartition() + "@"
                        + e.offset() + ": " + e.getMessage());
                consumer.seek(e.topicPartition(), e.offset() + 1);
            }
        }
        return 0;
    }

    private boolean matchesClaim(ClaimExtracted claim) {
        return (language == null || language.equalsIgnoreCase(claim.language()))
                && (claimant == null
                        || claimant.equalsIgnoreCase(claim.claimant().name()))
                && (entity == null
                        || claim.entities().stream()
                                .anyMatch(e -> e.normalized()
                                        .toLowerCase(Locale.ROOT)
                                        .equals(entity.toLowerCase(Locale.ROOT))))
                && (minScore == null || claim.checkworthiness() >= minScore);
    }

    /** The claim filters, on what a narrative lists: its languages, top claimants and top entities. */
    private boolean matchesNarrative(NarrativeUpdated narrative) {
        return (language == null || narrative.languages().stream().anyMatch(language::equalsIgnoreCase))
                && (claimant == null
                        || narrative.claimants().stream().anyMatch(tally -> claimant.equalsIgnoreCase(tally.value())))
                && (entity == null
                        || narrative.entities().stream()
                                .anyMatch(tally -> entity.equalsIgnoreCase(tally.normalized())));
    }
}
