package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.WAIT;
import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.send;
import static io.claimflow.store.StoreFixtures.storedClaims;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pages that neither skip nor repeat while claims keep arriving, and the live feed of new claims. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PaginationAndFeedTest extends ReadyServiceTest {

    @Test
    void newestFirstPagesNeitherSkipNorRepeatWhileClaimsArrive() {
        String id = "paging-" + UUID.randomUUID();
        send(IntStream.range(0, 30)
                .mapToObj(i -> claim(id, i, "Existing claim " + i + ".").build())
                .toList());
        await(() -> storedClaims(id) == 30);

        // Between the first and second page, ten newer claims of the same document are stored.
        List<Integer> seen = traverse("/claims?documentId=" + id + "&limit=7", () -> {
            send(IntStream.range(30, 40)
                    .mapToObj(i -> claim(id, i, "Arriving claim " + i + ".").build())
                    .toList());
            await(() -> storedClaims(id) == 40);
        });
        // One document is one partition, so storage order is ordinal order: newest first is 29 down to 0.
        assertThat(seen)
                .containsExactlyElementsOf(
                        IntStream.iterate(29, i -> i - 1).limit(30).boxed().toList());
    }

    @Test
    void scorePagesNeitherSkipNorRepeatWhileClaimsArrive() {
        String id = "scored-" + UUID.randomUUID();
        send(IntStream.range(0, 20)
                .mapToObj(i ->
                        claim(id, i, "Scored claim " + i + ".").score(i / 20.0).build())
                .toList());
        await(() -> storedClaims(id) == 20);

        // New claims with scores all over the range: those below the page read so far will be met later.
        List<Integer> seen = traverse("/claims?documentId=" + id + "&sort=score&limit=6", () -> {
            send(IntStream.range(20, 30)
                    .mapToObj(i -> claim(id, i, "Late claim " + i + ".")
                            .score((i - 20) / 10.0 + 0.01)
                            .build())
                    .toList());
            await(() -> storedClaims(id) == 30);
        });
        assertThat(seen)
                .doesNotHaveDuplicates()
                .containsAll(IntStream.range(0, 20).boxed().toList());
        List<Double> scores = seen.stream()
                .map(ordinal -> ordinal < 20 ? ordinal / 20.0 : (ordinal - 20) / 10.0 + 0.01)
                .toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theLiveFeedPushesMatchingClaimsAndResumesAfterTheLastEventId() throws Exception {
        String speaker = "Speaker " + UUID.randomUUID();
        String id = "feed-" + UUID.randomUUID();
        String firstId;
        try (SseProbe feed = SseProbe.connect(
                URI.create(service + "claims/stream?claimant=" + speaker.replace(" ", "%20") + "&minScore=0.5"),
                null)) {
            // The answer's status arrives once the feed is registered; it starts with the claims stored after that.
            assertThat(feed.status()).isEqualTo(200);
            send(
                    claim(id, 0, "Matching claim one.")
                            .claimant(speaker, ClaimantType.PERSON)
                            .score(0.9)
                            .build(),
                    claim(id, 1, "Another speaker's claim.")
                            .claimant("Somebody else", ClaimantType.PERSON)
                            .build(),
                    claim(id, 2, "Too unimportant.")
                            .claimant(speaker, ClaimantType.PERSON)
                            .score(0.2)
                            .build(),
                    claim(id, 3, "Matching claim two.")
                            .claimant(speaker, ClaimantType.PERSON)
                            .score(0.6)
                            .build());
            SseProbe.Event first = feed.next(WAIT);
            SseProbe.Event second = feed.next(WAIT);
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
            assertThat(first.name()).isEqualTo("claim");
            assertThat(parse(first).text()).isEqualTo("Matching claim one.");
            assertThat(parse(second).text()).isEqualTo("Matching claim two.");
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()));
            assertThat(feed.next(Duration.ofSeconds(2)))
                    .as("nothing else matches")
                    .isNull();
            firstId = first.id();
        }

        // Reconnecting with the id of the first event replays what came after it, then continues live.
        try (SseProbe resumed = SseProbe.connect(
                URI.create(service + "claims/stream?claimant=" + speaker.replace(" ", "%20")), firstId)) {
            assertThat(parse(resumed.next(WAIT)).text()).isEqualTo("Too unimportant.");
            assertThat(parse(resumed.next(WAIT)).text()).isEqualTo("Matching claim two.");
            send(claim(id, 4, "Matching claim three.")
                    .claimant(speaker, ClaimantType.PERSON)
                    .build());
            assertThat(parse(resumed.next(WAIT)).text()).isEqualTo("Matching claim three.");
        }
    }

    /** The ordinals of every page from the first link on, running {@code afterFirstPage} once in between. */
    private static List<Integer> traverse(String first, Runnable afterFirstPage) {
        List<Integer> seen = new ArrayList<>();
        String next = first;
        boolean firstPage = true;
        while (next != null) {
            JsonPath page = StoreFixtures.page(next);
            seen.addAll(page.getList("items.ordinal", Integer.class));
            next = page.getString("next");
            if (firstPage) {
                afterFirstPage.run();
                firstPage = false;
            }
        }
        return seen;
    }

    private static ClaimExtracted parse(SseProbe.Event event) throws Exception {
        assertThat(event).as("an event").isNotNull();
        return EventJson.mapper().readValue(event.data(), ClaimExtracted.class);
    }
}
