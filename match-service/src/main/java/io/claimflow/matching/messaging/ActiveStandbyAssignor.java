package io.claimflow.matching.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Active/standby in a consumer group: every partition of a topic goes to one member, the one whose process started
 * first, and the others get none until it leaves. match-service needs it because its Lucene index must see every claim
 * to link claims across documents and narratives have one writer, so two instances may not split the claims; extra
 * instances wait as standbys and the oldest takes over when the active one dies (its index catching up on assignment,
 * {@link IndexPositions}). The process's start, not the member id (which the broker makes up anew at every join), picks
 * the active member: it is the same for the claims group and the fact-checks group of one process, so both land on the
 * instance whose index is current, and a standby that joins later never takes the work away. The classic protocol's
 * eager rebalance ({@code partition.assignment.strategy} names this class).
 */
public class ActiveStandbyAssignor implements ConsumerPartitionAssignor {

    public static final String NAME = "claimflow-active-standby";

    /** This process's rank, shared by all its consumers: when it started, then a random tie-break. */
    private static final Rank PROCESS = new Rank(
            ProcessHandle.current()
                    .info()
                    .startInstant()
                    .orElseGet(Instant::now)
                    .toEpochMilli(),
            UUID.randomUUID().toString());

    private final Rank rank;

    public ActiveStandbyAssignor() {
        this(PROCESS);
    }

    ActiveStandbyAssignor(Rank rank) {
        this.rank = rank;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ByteBuffer subscriptionUserData(Set<String> topics) {
        return rank.encode();
    }

    @Override
    public GroupAssignment assign(Cluster metadata, GroupSubscription groupSubscription) {
        Map<String, Subscription> members = groupSubscription.groupSubscription();
        // Oldest first; a member that sent no rank (not this assignor's user data) after every member that did.
        Comparator<String> seniority = Comparator.comparing(
                        (String member) -> Rank.decode(members.get(member).userData()),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
        Map<String, List<TopicPartition>> assigned = new HashMap<>();
        members.keySet().forEach(member -> assigned.put(member, new ArrayList<>()));
        Set<String> topics = new TreeSet<>();
        members.values().forEach(subscription -> topics.addAll(subscription.topics()));
        for (String topic : topics) {
            Optional<String> active = members.keySet().stream()
                    .filter(member -> members.get(member).topics().contains(topic))
                    .min(seniority);
            List<PartitionInfo> partitions = metadata.partitionsForTopic(topic);
            active.ifPresent(member -> partitions.forEach(
                    partition -> assigned.get(member).add(new TopicPartition(topic, partition.partition()))));
        }
        Map<String, Assignment> assignments = new HashMap<>();
        assigned.forEach((member, partitions) -> assignments.put(member, new Assignment(partitions)));
        return new GroupAssignment(assignments);
    }

    /**
     * When a member's process started, and a random tie-break for two started in the same millisecond; earlier ranks
     * first.
     */
    record Rank(long startedMillis, String tieBreak) implements Comparable<Rank> {

        private static final Comparator<Rank> ORDER =
                Comparator.comparingLong(Rank::startedMillis).thenComparing(Rank::tieBreak);

        ByteBuffer encode() {
            byte[] tie = tieBreak.getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES + tie.length);
            buffer.putLong(startedMillis).put(tie).flip();
            return buffer;
        }

        /** The rank a member sent, or null when it sent none (or something else). */
        static Rank decode(ByteBuffer data) {
            if (data == null || data.remaining() <= Long.BYTES) {
                return null;
            }
            ByteBuffer copy = data.duplicate();
            long started = copy.getLong();
            byte[] tie = new byte[copy.remaining()];
            copy.get(tie);
            return new Rank(started, new String(tie, StandardCharsets.UTF_8));
        }

        @Override
        public int compareTo(Rank other) {
            return ORDER.compare(this, other);
        }
    }
}
