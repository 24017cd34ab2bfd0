package io.claimflow.matching;

import static io.claimflow.matching.ClaimTopics.allMatchesOf;
import static io.claimflow.matching.ClaimTopics.claim;
import static io.claimflow.matching.ClaimTopics.matchesOf;
import static io.claimflow.matching.ClaimTopics.publish;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.matching.service.MatchIndex;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Restart, part 2: the same index folder; it resumes from its offsets and publishes no claim twice. */
@QuarkusTest
@TestProfile(RestartProfiles.Again.class)
@WithTestResource(KafkaTestResource.class)
@Order(2)
class RestartAgainTest extends ReadyServiceTest {

    @Inject
    MatchIndex index;

    @Test
    void resumesFromTheIndexWithoutPublishingAClaimTwice() {
        String run = RestartProfiles.run();
        assertThat(index.openedWith())
                .as("the index kept the offsets it was committed with")
                .isNotEmpty();

        publish(claim("r4-" + run, "doc-r4-" + run, RestartFirstRunTest.TEXT + run, "Drammelfort"));
        ClaimMatched later = matchesOf("r4-" + run).get(0);
        // The first run's twins, from the index on disk (it was opened with offsets, so nothing was rebuilt).
        assertThat(later.narrativeId()).isIn("r1-" + run, "r2-" + run);
        assertThat(later.links()).extracting(ClaimMatched.Match::claimId).contains("r1-" + run, "r2-" + run);

        assertPublishedOnce(Set.of("r1-" + run, "r2-" + run, "r3-" + run, "r4-" + run));
    }

    static void assertPublishedOnce(Set<String> claimIds) {
        Map<String, Long> counts = allMatchesOf(claimIds).stream()
                .collect(Collectors.groupingBy(ClaimMatched::claimId, Collectors.counting()));
        assertThat(counts).containsOnlyKeys(claimIds);
        assertThat(counts.values()).as("ClaimMatched per claim, read committed").containsOnly(1L);
        assertThat(claimIds.stream().collect(Collectors.toMap(Function.identity(), counts::get)))
                .hasSize(claimIds.size());
    }
}
