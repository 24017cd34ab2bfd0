package io.claimflow.match;

import static io.claimflow.match.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.EntityType;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Restoring an index from what was published gives the publisher's narratives whatever order the claims come in. */
class RestoreTest {

    private static final String TEXT = "The U.S. let ISIS fighters leave Raqqa in a secret deal.";
    private static final String OHIO = "Voters in Ohio went to the polls on Tuesday.";

    private MatchEngine publisher;
    private final Map<String, ClaimContext> claims = new LinkedHashMap<>();
    private final Map<String, ClaimMatched> published = new LinkedHashMap<>();

    @BeforeEach
    void publish() {
        publisher = new MatchEngine(new ByteBuffersDirectory(), MatchSettings.defaults());
        // Claims of one document are never linked: x1 and y1 start two narratives that z1 bridges, o1 and o2 a
        // third that the twin of o1 in document h joins; w1 starts a fourth that a later claim merges into x1's.
        List<ClaimContext> stream = List.of(
                raqqa("w1", "a").seenDaysAfter(1),
                raqqa("x1", "d").seenDaysAfter(0),
                raqqa("y1", "d").seenDaysAfter(0),
                claim("o1", "f", "en", OHIO).entity("Ohio", "Ohio").seenDaysAfter(1),
                raqqa("z1", "e").saidBy("A. Reporter").seenDaysAfter(1),
                claim("o2", "g", "en", OHIO).entity("Ohio", "Ohio").seenDaysAfter(2),
                claim("s1", "s", "sv", "USA släpper iväg IS-krigare från Raqqa.")
                        .entity("USA", "United States", EntityType.LOCATION)
                        .entity("IS", "Islamic State", EntityType.ORGANIZATION)
                        .entity("Raqqa", "Raqqa", EntityType.LOCATION)
                        .seenDaysAfter(2),
                raqqa("w2", "a").seenDaysAfter(2),
                raqqa("t1", "t").seenDaysAfter(3),
                claim("o3", "h", "en", OHIO).entity("Ohio", "Ohio").seenDaysAfter(3));
        ClaimMatched.Matcher matcher = ContractEvents.matcher(publisher.settings());
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        for (int at = 0; at < stream.size(); at += 3) {
            List<ClaimContext> batch = stream.subList(at, Math.min(stream.size(), at + 3));
            List<MatchResult> results = publisher.matchAll(batch).results();
            for (int i = 0; i < batch.size(); i++) {
                ClaimContext claim = batch.get(i);
                claims.put(claim.claimId(), claim);
                published.put(
                        claim.claimId(),
                        ContractEvents.claimMatched(
                                results.get(i),
                                claim.documentId(),
                                results.get(i).narrativeId(),
                                List.of(),
                                matcher,
                                now));
            }
        }
    }

    @AfterEach
    void close() throws IOException {
        publisher.close();
    }

    private static Claims raqqa(String id, String document) {
        return claim(id, document, "en", TEXT)
                .entity("U.S.", "United States", EntityType.LOCATION)
                .entity("ISIS", "Islamic State", EntityType.ORGANIZATION)
                .entity("Raqqa", "Raqqa", EntityType.LOCATION);
    }

    @Test
    void theStreamMergedNarratives() {
        assertThat(published.values())
                .as("the case needs merges and claims linked to claims of other narratives")
                .anySatisfy(matched -> assertThat(matched.links()).hasSizeGreaterThan(1));
        assertThat(publisher.resolve("y1")).isEqualTo("x1");
        assertThat(publisher.resolve("w1")).isEqualTo("x1");
    }

    @Test
    void anyOrderGivesThePublishersNarrativesRevisionsAndLabels() throws IOException {
        Random random = new Random(17);
        for (int round = 0; round < 20; round++) {
            List<String> order = new ArrayList<>(claims.keySet());
            Collections.shuffle(order, random);
            try (MatchEngine restored = new MatchEngine(new ByteBuffersDirectory(), MatchSettings.defaults())) {
                restoreAll(restored, order);
                for (String claimId : claims.keySet()) {
                    String narrative = publisher.narrativeOf(claimId);
                    assertThat(restored.narrativeOf(claimId))
                            .as("%s in %s", claimId, order)
                            .isEqualTo(narrative);
                    assertThat(restored.narrative(narrative)).isEqualTo(publisher.narrative(narrative));
                    assertThat(restored.resolve(claimId)).isEqualTo(publisher.resolve(claimId));
                }
                // Matched next, a claim finds the same in both: the restored index goes on where the publisher was.
                ClaimContext next = raqqa("n1", "n").seenDaysAfter(4);
                MatchResult expected = publisher.preview(next);
                MatchResult actual = restored.preview(next);
                assertThat(actual.narrativeId()).isEqualTo(expected.narrativeId());
                assertThat(actual.links()).isEqualTo(expected.links());
                assertThat(actual.suggestions()).isEqualTo(expected.suggestions());
                if (round == 19) {
                    assertThat(restored.match(next).changedNarratives())
                            .isEqualTo(publisher.match(next).changedNarratives());
                }
            }
        }
    }

    @Test
    void aClaimWaitsForTheClaimsItLinksUnlessTheyNeverCome() throws IOException {
        try (MatchEngine restored = new MatchEngine(new ByteBuffersDirectory(), MatchSettings.defaults())) {
            assertThat(restore(restored, "z1", false)).isEqualTo(MatchEngine.Restored.WAITING);
            assertThat(restored.narrativeOf("z1")).isNull();
            assertThat(restore(restored, "x1", false)).isEqualTo(MatchEngine.Restored.RESTORED);
            assertThat(restore(restored, "x1", false)).isEqualTo(MatchEngine.Restored.KNOWN);

            // y1 never comes: z1 joins through x1 and keeps its link to y1.
            assertThat(restore(restored, "z1", true)).isEqualTo(MatchEngine.Restored.RESTORED);
            assertThat(restored.narrativeOf("z1")).isEqualTo("x1");
            assertThat(restored.narrative("x1").claimCount()).isEqualTo(2);
        }
    }

    private void restoreAll(MatchEngine engine, List<String> order) {
        List<String> waiting = new ArrayList<>(order);
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = waiting.removeIf(id -> restore(engine, id, false) != MatchEngine.Restored.WAITING);
        }
        assertThat(waiting).as("every link is to a claim of the stream").isEmpty();
    }

    private MatchEngine.Restored restore(MatchEngine engine, String claimId, boolean anyway) {
        ClaimMatched matched = published.get(claimId);
        return engine.restore(
                claims.get(claimId),
                matched.links().stream().map(ContractEvents::published).toList(),
                matched.suggestions().stream().map(ContractEvents::published).toList(),
                anyway);
    }
}
