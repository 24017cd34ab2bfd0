package io.claimflow.matching;

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
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Restart, part 3: the index folder lost; rebuilt from the claim and match topics without publishing anything again.
 */
@QuarkusTest
@TestProfile(RestartProfiles.Lost.class)
@WithTestResource(KafkaTestResource.class)
@Order(3)
class RestartLostIndexTest extends ReadyServiceTest {

    @Inject
    MatchIndex index;

    @Test
    void rebuildsALostIndexFromTheTopicWithoutPublishingAgain() {
        String run = RestartProfiles.run();
        assertThat(index.openedWith()).as("a new index").isEmpty();
        assertThat(index.caughtUpClaims())
                .as("every claim published before, indexed as published")
                .isGreaterThanOrEqualTo(4);

        publish(claim("r5-" + run, "doc-r5-" + run, RestartFirstRunTest.TEXT + run, "Drammelfort"));
        ClaimMatched later = matchesOf("r5-" + run).get(0);
        // Rebuilt as it was published, whatever order the partitions gave: the narrative r4 joined.
        assertThat(later.narrativeId())
                .as("the narrative rebuilt from the topics")
                .isEqualTo(matchesOf("r4-" + run).get(0).narrativeId());
        assertThat(later.links())
                .extracting(ClaimMatched.Match::claimId)
                .contains("r1-" + run, "r2-" + run, "r4-" + run);

        RestartAgainTest.assertPublishedOnce(Set.of("r1-" + run, "r2-" + run, "r3-" + run, "r4-" + run, "r5-" + run));
    }
}
