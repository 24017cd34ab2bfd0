package io.claimflow.matching;

import static io.claimflow.matching.ClaimTopics.claim;
import static io.claimflow.matching.ClaimTopics.matchesOf;
import static io.claimflow.matching.ClaimTopics.publish;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Restart, part 1: claims matched and published, the index committed in {@link RestartProfiles#folder()}. */
@QuarkusTest
@TestProfile(RestartProfiles.First.class)
@WithTestResource(KafkaTestResource.class)
@Order(1)
class RestartFirstRunTest extends ReadyServiceTest {

    static final String TEXT = "Officials in Drammelfort confirmed the Ostrava convoy carried sealed ballots ";

    @Test
    void matchesAndPublishesTheFirstClaims() {
        String run = RestartProfiles.run();
        publish(
                claim("r1-" + run, "doc-r1-" + run, TEXT + run, "Drammelfort"),
                claim("r2-" + run, "doc-r2-" + run, TEXT + run, "Drammelfort"),
                claim("r3-" + run, "doc-r3-" + run, "Nothing about the convoy was said in Ulvmark " + run));
        assertThat(matchesOf("r1-" + run, "r2-" + run, "r3-" + run)).hasSize(3);
    }
}
