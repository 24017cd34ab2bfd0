package io.claimflow.matching;

import static io.claimflow.matching.ClaimTopics.claim;
import static io.claimflow.matching.ClaimTopics.matchesOf;
import static io.claimflow.matching.ClaimTopics.publish;
import static io.claimflow.matching.FactCheckMatchingTest.factCheck;
import static io.claimflow.matching.FactCheckMatchingTest.previewFinds;
import static io.claimflow.matching.FactCheckMatchingTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * match-service with {@code claimflow.match.fact-check-reranking=true}: the library embeds every fact-check it reads
 * and reorders BM25's candidates with the learned reranker, and claims still get the fact-checks that checked them.
 */
@QuarkusTest
@TestProfile(FactCheckRerankingTest.Reranking.class)
@WithTestResource(KafkaTestResource.class)
class FactCheckRerankingTest extends ReadyServiceTest {

    @Test
    void aClaimGetsItsFactCheckThroughTheReranker() throws InterruptedException {
        String run = UUID.randomUUID().toString().replace("-", "");
        String checked = "Marvellian health officials said the Kestrel vaccine made thousands of children infertile";
        FactCheck factCheck = factCheck("rr-" + run, checked + " " + run, "False");
        FactCheck unrelated = factCheck(
                "rr-other-" + run,
                "Marvellian farmers said the Kestrel river flooded thousands of fields " + run,
                "True");
        send(unrelated);
        send(factCheck);
        long until = System.nanoTime() + ClaimTopics.WAIT.toNanos();
        while (!previewFinds(checked + " " + run, factCheck.id())) {
            assertThat(System.nanoTime())
                    .as("the reranking library has the fact-check in time")
                    .isLessThan(until);
            Thread.sleep(200);
        }

        publish(claim(
                "rr-claim-" + run,
                "doc-rr-" + run,
                "The Kestrel vaccine made thousands of children infertile, " + "Marvellian health officials said "
                        + run));
        ClaimMatched matched = matchesOf("rr-claim-" + run).get(0);
        assertThat(matched.factChecks())
                .extracting(ClaimMatched.FactCheckMatch::id)
                .containsExactly(factCheck.id());
        assertThat(matched.factChecks().get(0).score()).isBetween(0.5, 1.0);
    }

    /** The service as a user who chose the reranker starts it. */
    public static class Reranking implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimflow.match.fact-check-reranking", "true");
        }
    }
}
