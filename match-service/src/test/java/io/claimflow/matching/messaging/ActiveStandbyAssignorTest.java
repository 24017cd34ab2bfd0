package io.claimflow.matching.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.matching.messaging.ActiveStandbyAssignor.Rank;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.GroupSubscription;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.Subscription;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ActiveStandbyAssignorTest {

    private static final String CLAIMS = "claimflow.claims.v1";
    private static final String FACT_CHECKS = "claimflow.factchecks.v1";
    private static final Node BROKER = new Node(1, "localhost", 9092);
    private static final Cluster CLUSTER = new Cluster(
            "cluster",
            List.of(BROKER),
            List.of(partitionsOf(CLAIMS, 6), partitionsOf(FACT_CHECKS, 3)).stream()
                    .flatMap(List::stream)
                    .toList(),
            Set.of(),
            Set.of());

    private final ActiveStandbyAssignor assignor = new ActiveStandbyAssignor(new Rank(1_000, "x"));

    @Test
    void everyPartitionGoesToTheMemberWhoseProcessStartedFirst() {
        Map<String, Subscription> members = new LinkedHashMap<>();
        // Member ids sort the other way round, as the broker's random ones may: the start decides, not the id.
        members.put("a-younger", member(new Rank(2_000, "b"), CLAIMS));
        members.put("z-older", member(new Rank(1_000, "a"), CLAIMS));
        members.put("m-youngest", member(new Rank(3_000, "c"), CLAIMS));

        Map<String, List<TopicPartition>> assigned = assign(members);

        assertThat(assigned.get("z-older")).containsExactlyInAnyOrderElementsOf(partitionsOf(CLAIMS));
        assertThat(assigned.get("a-younger")).isEmpty();
        assertThat(assigned.get("m-youngest")).isEmpty();
    }

    @Test
    void aStandbyJoiningLeavesTheWorkWhereItIsAndTheNextOldestTakesOverWhenTheActiveLeaves() {
        Map<String, Subscription> members = new LinkedHashMap<>();
        members.put("active", member(new Rank(1_000, "a"), CLAIMS));
        assertThat(assign(members).get("active")).hasSize(6);

        members.put("standby", member(new Rank(5_000, "b"), CLAIMS));
        Map<String, List<TopicPartition>> afterJoin = assign(members);
        assertThat(afterJoin.get("active")).hasSize(6);
        assertThat(afterJoin.get("standby")).isEmpty();

        members.remove("active");
        members.put("restarted", member(new Rank(9_000, "c"), CLAIMS));
        Map<String, List<TopicPartition>> afterFailover = assign(members);
        assertThat(afterFailover.get("standby")).containsExactlyInAnyOrderElementsOf(partitionsOf(CLAIMS));
        assertThat(afterFailover.get("restarted")).isEmpty();
    }

    @Test
    void theClaimsAndTheFactChecksGroupsPickTheSameProcess() {
        Rank first = new Rank(1_000, "a");
        Rank second = new Rank(1_000, "b"); // same millisecond: the tie-break decides, the same way in both groups
        Map<String, Subscription> claims = Map.of(
                "claims-1", member(second, CLAIMS),
                "claims-2", member(first, CLAIMS));
        Map<String, Subscription> factChecks = Map.of(
                "factchecks-9", member(first, FACT_CHECKS),
                "factchecks-0", member(second, FACT_CHECKS));

        assertThat(assign(claims).get("claims-2")).hasSize(6);
        assertThat(assign(factChecks).get("factchecks-9")).hasSize(3);
        assertThat(assign(factChecks).get("factchecks-0")).isEmpty();
    }

    @Test
    void eachTopicGoesToTheOldestMemberSubscribingToIt() {
        Map<String, Subscription> members = new LinkedHashMap<>();
        members.put("old", member(new Rank(1_000, "a"), CLAIMS));
        members.put("new", member(new Rank(2_000, "b"), CLAIMS, FACT_CHECKS));

        Map<String, List<TopicPartition>> assigned = assign(members);

        assertThat(assigned.get("old")).containsExactlyInAnyOrderElementsOf(partitionsOf(CLAIMS));
        assertThat(assigned.get("new")).containsExactlyInAnyOrderElementsOf(partitionsOf(FACT_CHECKS));
    }

    @Test
    void aMemberWithoutARankComesAfterEveryRankedOne() {
        Map<String, Subscription> members = new LinkedHashMap<>();
        members.put("a-unranked", new Subscription(List.of(CLAIMS), null));
        members.put("b-garbled", new Subscription(List.of(CLAIMS), ByteBuffer.wrap(new byte[] {1, 2})));
        members.put("z-ranked", member(new Rank(9_000, "z"), CLAIMS));

        assertThat(assign(members).get("z-ranked")).hasSize(6);

        members.remove("z-ranked");
        assertThat(assign(members).get("a-unranked")).hasSize(6);
    }

    @Test
    void theUserDataCarriesThisProcesssRank() {
        Rank rank = new Rank(1_234_567, "tie");

        ByteBuffer sent = new ActiveStandbyAssignor(rank).subscriptionUserData(Set.of(CLAIMS));

        assertThat(Rank.decode(sent)).isEqualTo(rank);
        assertThat(new ActiveStandbyAssignor().name()).isEqualTo(ActiveStandbyAssignor.NAME);
        assertThat(Rank.decode(new ActiveStandbyAssignor().subscriptionUserData(Set.of(CLAIMS))))
                .as("every consumer of one process sends the same rank")
                .isEqualTo(Rank.decode(new ActiveStandbyAssignor().subscriptionUserData(Set.of(FACT_CHECKS))));
    }

    private Map<String, List<TopicPartition>> assign(Map<String, Subscription> members) {
        Map<String, List<TopicPartition>> assigned = new LinkedHashMap<>();
        assignor.assign(CLUSTER, new GroupSubscription(members))
                .groupAssignment()
                .forEach((member, assignment) -> assigned.put(member, assignment.partitions()));
        assertThat(assigned.keySet()).containsExactlyInAnyOrderElementsOf(members.keySet());
        return assigned;
    }

    private static Subscription member(Rank rank, String... topics) {
        return new Subscription(List.of(topics), rank.encode());
    }

    private static List<TopicPartition> partitionsOf(String topic) {
        return CLUSTER.partitionsForTopic(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
    }

    private static List<PartitionInfo> partitionsOf(String topic, int count) {
        return IntStream.range(0, count)
                .mapToObj(partition ->
                        new PartitionInfo(topic, partition, BROKER, new Node[] {BROKER}, new Node[] {BROKER}))
                .toList();
    }
}
