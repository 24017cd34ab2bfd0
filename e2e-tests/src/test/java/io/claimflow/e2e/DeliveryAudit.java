package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.ConsumerLag;
import io.claimflow.testkit.kafka.TopicProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The check after a drill: every document the load got acknowledged is in the store, complete, with exactly the claims
 * extraction announced; {@code claimflow.claims.v1} holds each claim once for a read-committed consumer, and
 * {@code claimflow.claim-matches.v1} one match of each, and the store each claim in one live narrative that counts it
 * ({@link NarrativeAudit}); nothing went to a dead-letter topic. Writes the counts it checked to
 * {@code target/drills/}.
 */
final class DeliveryAudit {

    private static final Duration WAIT = Duration.ofMinutes(6);

    private DeliveryAudit() {}

    /**
     * The full check: nothing lost, the store exact, each document, claim, match and narrative revision on the topics
     * once, and every live narrative counting the claims the store holds in it.
     */
    static Map<String, Object> check(
            String drill, Pipeline pipeline, SteadyLoad.Result load, Map<String, Object> events) throws Exception {
        assertThat(load.failures())
                .as("documents the load could not get accepted")
                .isEmpty();
        Set<String> accepted = load.accepted();
        StoreReads store = new StoreReads(pipeline.storeUrl);
        assertThat(store.awaitComplete(accepted, WAIT))
                .as("every accepted document complete in the store%s", pipeline.logTails())
                .isTrue();
        ConsumerLag.awaitCaughtUp(
                pipeline.bootstrapServers, "claimflow-extract", List.of(Topics.DOCUMENTS.name()), WAIT);

        Map<String, Integer> submissions = countByKey(
                TopicProbe.readAll(pipeline.bootstrapServers, Topics.DOCUMENTS.name(), new ByteArrayDeserializer()),
                accepted);
        List<ClaimExtracted> claims =
                TopicProbe.readAll(pipeline.bootstrapServers, Topics.CLAIMS.name(), Topics.CLAIMS.deserializer())
                        .stream()
                        .map(ConsumerRecord::value)
                        .filter(claim -> accepted.contains(claim.documentId()))
                        .toList();
        // match-service's output: once it has read every claim, each claim has exactly one ClaimMatched.
        ConsumerLag.awaitCaughtUp(pipeline.bootstrapServers, "claimflow-match", List.of(Topics.CLAIMS.name()), WAIT);
        Map<String, Integer> matchesPerClaim = new HashMap<>();
        TopicProbe.readAll(pipeline.bootstrapServers, Topics.CLAIM_MATCHES.name(), Topics.CLAIM_MATCHES.deserializer())
                .stream()
                .map(ConsumerRecord::value)
                .filter(match -> accepted.contains(match.documentId()))
                .forEach(match -> matchesPerClaim.merge(match.claimId(), 1, Integer::sum));
        Map<String, List<NarrativeUpdated>> narrativeRevisions = narrativeRevisions(pipeline.bootstrapServers);
        List<DocumentProcessed> statuses = TopicProbe.readAll(
                        pipeline.bootstrapServers, Topics.DOCUMENT_STATUS.name(), Topics.DOCUMENT_STATUS.deserializer())
                .stream()
                .map(ConsumerRecord::value)
                .filter(status -> accepted.contains(status.documentId()))
                .toList();
        int deadLetters = 0;
        for (String deadLetterTopic : Topics.DEAD_LETTER_TOPICS) {
            deadLetters += countByKey(
                            TopicProbe.readAll(pipeline.bootstrapServers, deadLetterTopic, new ByteArrayDeserializer()),
                            accepted)
                    .values()
                    .stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }

        Map<String, Set<String>> claimIdsOnTopic = new HashMap<>();
        claims.forEach(claim -> claimIdsOnTopic
                .computeIfAbsent(claim.documentId(), id -> new HashSet<>())
                .add(claim.claimId()));
        Map<String, Integer> announced = new HashMap<>();
        statuses.forEach(status -> announced.merge(status.documentId(), status.claimCount(), (a, b) -> -1));
        int claimsInStore = 0;
        int missingFromStore = 0;
        int extraInStore = 0;
        int countMismatches = 0;
        for (String id : accepted) {
            Set<String> onTopic = claimIdsOnTopic.getOrDefault(id, Set.of());
            List<String> stored = store.claimsOf(id).stream()
                    .map(claim -> claim.path("claimId").asText())
                    .toList();
            claimsInStore += stored.size();
            missingFromStore += onTopic.stream()
                    .filter(claimId -> !stored.contains(claimId))
                    .count();
            extraInStore += stored.stream()
                            .filter(claimId -> !onTopic.contains(claimId))
                            .count()
                    + stored.size()
                    - new HashSet<>(stored).size();
            if (announced.getOrDefault(id, -1) != onTopic.size()) {
                countMismatches++;
            }
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("drill", drill);
        report.put("finished", Instant.now().toString());
        report.putAll(events);
        report.put("documents posted", load.documents());
        report.put("documents acknowledged (202, or 200 on a retry)", accepted.size());
        report.put(
                "of which found already accepted on a retry (200)",
                load.knownOnRetry().size());
        report.put("posts repeated after a 503 or no answer", load.retries());
        report.put(
                "submissions on " + Topics.DOCUMENTS.name(),
                submissions.values().stream().mapToInt(Integer::intValue).sum());
        report.put(
                "acknowledged documents missing from " + Topics.DOCUMENTS.name(), accepted.size() - submissions.size());
        report.put(
                "documents submitted twice",
                submissions.values().stream().filter(count -> count > 1).count());
        report.put("claims on " + Topics.CLAIMS.name() + " (read committed)", claims.size());
        report.put(
                "claims on the topic twice",
                claims.size()
                        - claims.stream()
                                .map(ClaimExtracted::claimId)
                                .distinct()
                                .count());
        report.put(
                "matches on " + Topics.CLAIM_MATCHES.name() + " (read committed)",
                matchesPerClaim.values().stream().mapToInt(Integer::intValue).sum());
        report.put(
                "claims without a match",
                claims.stream()
                        .map(ClaimExtracted::claimId)
                        .distinct()
                        .filter(id -> !matchesPerClaim.containsKey(id))
                        .count());
        report.put(
                "claims matched twice",
                matchesPerClaim.values().stream().filter(count -> count > 1).count());
        report.put("outcomes on " + Topics.DOCUMENT_STATUS.name(), statuses.size());
        report.put(
                "documents with other than one outcome",
                accepted.stream()
                        .filter(id -> announced.getOrDefault(id, -1) < 0)
                        .count());
        report.put("documents whose claim count disagrees with their claims", countMismatches);
        report.put("claims in the store", claimsInStore);
        report.put("claims on the topic missing from the store", missingFromStore);
        report.put("claims in the store not on the topic, or twice", extraInStore);
        List<List<NarrativeUpdated>> repeated = narrativeRevisions.values().stream()
                .filter(records -> records.size() > 1)
                .toList();
        report.put(
                "narrative revisions on " + Topics.NARRATIVES.name() + " (read committed)", narrativeRevisions.size());
        report.put("narrative revisions on the topic twice", (long) repeated.size());
        if (!repeated.isEmpty()) {
            // What each record of a repeated revision said, to tell a replay (same state) from diverging matchers.
            report.put(
                    "narrative revisions twice, each record as claims/documents/mergedInto/updatedAt (first 5)",
                    repeated.stream()
                            .limit(5)
                            .map(records -> records.get(0).narrativeId() + "@"
                                    + records.get(0).revision() + ": "
                                    + records.stream()
                                            .map(n -> n.claims() + "/" + n.documents() + "/" + n.mergedInto() + "/"
                                                    + n.updatedAt())
                                            .collect(Collectors.joining(" then ")))
                            .collect(Collectors.joining("; ")));
        }
        report.put("records on dead-letter topics", deadLetters);
        // What the store made of the matcher's output, once it has read all of it.
        ConsumerLag.awaitCaughtUp(
                pipeline.bootstrapServers,
                "claimflow-store",
                List.of(Topics.CLAIM_MATCHES.name(), Topics.NARRATIVES.name()),
                WAIT);
        Map<String, Long> memberships = NarrativeAudit.count(pipeline.database);
        report.putAll(memberships);
        write(drill, report);

        assertThat(report)
                .as("drill report")
                .containsEntry("acknowledged documents missing from " + Topics.DOCUMENTS.name(), 0)
                .containsEntry("claims on the topic missing from the store", 0)
                .containsEntry("claims in the store not on the topic, or twice", 0)
                .containsEntry("records on dead-letter topics", 0)
                .containsEntry("claims without a match", 0L)
                .containsEntry(NarrativeAudit.WITHOUT_NARRATIVE, 0L)
                .containsEntry(NarrativeAudit.MATCH_WITHOUT_CLAIM, 0L)
                .containsEntry(NarrativeAudit.UNKNOWN_NARRATIVE, 0L)
                .containsEntry(NarrativeAudit.LINKED_TWICE, 0L)
                .containsEntry(NarrativeAudit.MISCOUNTED, 0L)
                .containsEntry("narrative revisions on the topic twice", 0L);
        assertThat(accepted).as("acknowledged documents without an outcome").allMatch(announced::containsKey);
        assertThat(report)
                .as("drill report")
                .containsEntry("documents submitted twice", 0L)
                .containsEntry("claims on the topic twice", 0L)
                .containsEntry("claims matched twice", 0L)
                .containsEntry("documents with other than one outcome", 0L)
                .containsEntry("documents whose claim count disagrees with their claims", 0);
        assertThat(claims).as("the drill documents make claims").isNotEmpty();
        return report;
    }

    /**
     * The records of {@code claimflow.narratives.v1} by narrative and revision. A revision is the narrative's claims
     * plus the narratives merged into it, so a read-committed consumer meets one twice only when it was published
     * twice.
     */
    private static Map<String, List<NarrativeUpdated>> narrativeRevisions(String bootstrapServers) {
        Map<String, List<NarrativeUpdated>> revisions = new LinkedHashMap<>();
        TopicProbe.readAll(bootstrapServers, Topics.NARRATIVES.name(), Topics.NARRATIVES.deserializer()).stream()
                .map(ConsumerRecord::value)
                .forEach(narrative -> revisions
                        .computeIfAbsent(narrative.narrativeId() + "@" + narrative.revision(), key -> new ArrayList<>())
                        .add(narrative));
        return revisions;
    }

    private static <V> Map<String, Integer> countByKey(List<ConsumerRecord<String, V>> records, Set<String> keys) {
        Map<String, Integer> counts = new HashMap<>();
        records.stream()
                .filter(record -> keys.contains(record.key()))
                .forEach(record -> counts.merge(record.key(), 1, Integer::sum));
        return counts;
    }

    static void write(String drill, Map<String, Object> report) throws IOException {
        String text = report.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
        Path file = Path.of(System.getProperty("claimflow.e2e.drills", "target/drills"))
                .resolve(drill + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.out.println("=== " + drill + " ===" + System.lineSeparator() + text);
    }
}
