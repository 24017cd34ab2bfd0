package io.claimflow.matching;

import static io.claimflow.matching.ClaimTopics.claim;
import static io.claimflow.matching.ClaimTopics.matchesOf;
import static io.claimflow.matching.ClaimTopics.publish;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.topic.Topics;
import io.claimflow.match.MatchEngine;
import io.claimflow.matching.service.CatchUp;
import io.claimflow.matching.service.MatchIndex;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * A second index levelled with what the service published (a standby taking over, a batch rolled back after its
 * transaction committed) holds the service's narratives, though its claims come partition by partition.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class CatchUpTest extends ReadyServiceTest {

    @Inject
    MatchIndex index;

    @Test
    void anIndexLevelledWithTheGroupHoldsThePublishersNarratives() throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "");
        String deal =
                "Grelmont officials let nine hundred Vask militants leave Tessaly through a hidden corridor " + run;
        String vote = "Turnout in the Ostrava referendum on Pell bridges was eleven percent lower than reported " + run;
        List<String> ids = new ArrayList<>();
        // Claims of one document are never linked: a and b start two narratives, which the claim of doc-2 merges.
        publish(claim("a-" + run, "doc-1-" + run, deal, "Tessaly"), claim("b-" + run, "doc-1-" + run, deal, "Tessaly"));
        ids.addAll(List.of("a-" + run, "b-" + run));
        matchesOf(ids.toArray(String[]::new));
        for (int document = 2; document < 10; document++) {
            String id = "c" + document + "-" + run;
            String text = document % 3 == 0 ? vote : deal;
            publish(claim(id, "doc-" + document + "-" + run, text, document % 3 == 0 ? "Ostrava" : "Tessaly"));
            ids.add(id);
        }
        matchesOf(ids.toArray(String[]::new));
        MatchEngine live = index.engine();
        assertThat(ids.stream().map(live::narrativeOf).collect(Collectors.toSet()))
                .as("two narratives, one of them after a merge")
                .hasSize(2);
        assertThat(live.resolve("b-" + run)).isEqualTo(live.narrativeOf("a-" + run));

        Path folder = Files.createTempDirectory(Path.of("target"), "catch-up-");
        MatchIndex standby = new MatchIndex(new TestMatchConfig(folder));
        try {
            int indexed = new CatchUp(standby, TestKafka.bootstrapServers(), "claimflow-match")
                    .levelWithGroup(claimPartitions());

            assertThat(indexed).isGreaterThanOrEqualTo(ids.size());
            for (String id : ids) {
                String narrative = live.narrativeOf(id);
                assertThat(standby.engine().narrativeOf(id)).as(id).isEqualTo(narrative);
                assertThat(standby.engine().narrative(narrative)).isEqualTo(live.narrative(narrative));
            }
            assertThat(standby.engine().resolve("b-" + run)).isEqualTo(live.resolve("b-" + run));
        } finally {
            standby.engine().close();
        }
    }

    private static Set<TopicPartition> claimPartitions() throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            return admin
                    .describeTopics(List.of(Topics.CLAIMS.name()))
                    .allTopicNames()
                    .get()
                    .get(Topics.CLAIMS.name())
                    .partitions()
                    .stream()
                    .map(partition -> new TopicPartition(Topics.CLAIMS.name(), partition.partition()))
                    .collect(Collectors.toSet());
        }
    }
}
