package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.ConsumerLag;
import io.claimflow.stack.EmbeddedKafkaBroker;
import io.claimflow.testkit.postgres.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service ({@code claimflow up --instances 2}, as {@link Pipeline} starts them): a few hundred
 * documents posted to both ingest instances end up in the store with each claim once and on the topics once (the
 * {@link DeliveryAudit}); both extract instances did part of the work; one match instance matched every claim while the
 * other stood by; and a document accepted by one ingest instance is known to the other. Rerun: {@code ./mvnw -B verify
 * -pl e2e-tests -am -Dit.test=InstancesIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false}
 */
class InstancesIT {

    private static final int INSTANCES = 2;
    private static final int DOCUMENTS = 300;
    private static final int PER_SECOND = 15;
    private static final Duration CAUGHT_UP = Duration.ofMinutes(6);
    private static final int FAILOVER_DOCUMENTS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoInstancesOfEachServiceShareTheWorkAndDeliverEveryClaimOnce() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.createTemporary().start();
                Pipeline pipeline = Pipeline.start(
                        broker.bootstrapServers(),
                        TestPostgres.newDatabase("instances"),
                        "instances",
                        // Eight JVMs start at once on a small machine: no engine warm-up, which only spares the first
                        // documents a cold JIT.
                        Map.of(ClaimflowService.EXTRACT, Map.of("claimflow.extract.warm-up", "PT0S")),
                        INSTANCES)) {
            for (ClaimflowService service : ClaimflowService.values()) {
                assertThat(pipeline.instancesOf(service))
                        .as("instances of %s", service)
                        .containsExactly(1, 2);
            }
            List<String> ingestUrls =
                    List.of(pipeline.urlOf(ClaimflowService.INGEST, 1), pipeline.urlOf(ClaimflowService.INGEST, 2));
            SteadyLoad.Result result;
            try (SteadyLoad load = SteadyLoad.start(ingestUrls, "instances", DOCUMENTS, PER_SECOND)) {
                result = load.finish();
            }
            // Every document extracted, so both extract instances had their chance at the work...
            ConsumerLag.awaitCaughtUp(
                    broker.bootstrapServers(), "claimflow-extract", List.of(Topics.DOCUMENTS.name()), CAUGHT_UP);
            // And every claim matched, so the producers' states say who matched.
            ConsumerLag.awaitCaughtUp(
                    broker.bootstrapServers(), "claimflow-match", List.of(Topics.CLAIMS.name()), CAUGHT_UP);
            Map<String, Object> events = new LinkedHashMap<>();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                ConsumerGroupDescription extract = group(admin, "claimflow-extract");
                events.put("extract-service members with partitions", partitionsPerMember(extract));
                ConsumerGroupDescription match = group(admin, "claimflow-match");
                events.put("match-service (claims) members with partitions", partitionsPerMember(match));
                long extracting = committedBy(admin, "claimflow-extract-");
                long matching = committedBy(admin, "claimflow-match-");
                events.put("extract-service producers that committed", extracting);
                events.put("match-service producers that committed", matching);

                assertThat(extract.members())
                        .as("both extract instances in the group, each with partitions")
                        .hasSize(INSTANCES)
                        .allSatisfy(member -> assertThat(member.assignment().topicPartitions())
                                .isNotEmpty());
                assertThat(extracting)
                        .as("both extract instances extracted documents")
                        .isEqualTo((long) INSTANCES);
                assertThat(match.members()).hasSize(INSTANCES);
                assertThat(match.members().stream()
                                .map(member ->
                                        member.assignment().topicPartitions().size())
                                .sorted()
                                .toList())
                        .as("one active match instance with every partition of the claims topic and of its group's"
                                + " redrive topic, the other standing by")
                        .containsExactly(0, 2 * EmbeddedKafkaBroker.DEFAULT_PARTITIONS);
                assertThat(matching)
                        .as("one match instance published every match")
                        .isEqualTo(1L);
            }
            HttpResponse<String> again = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(ingestUrls.get(1) + "/documents"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(SteadyLoad.body("instances", 0)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode())
                    .as("a document ingest-service 1 accepted, posted again to ingest-service 2: %s", again.body())
                    .isEqualTo(200);
            events.put("a document accepted by ingest-service, posted again to ingest-service-2", again.statusCode());
            DeliveryAudit.check("instances", pipeline, result, events);

            // The standby takes over: kill -9 of the active match instance, and the claims of documents posted after
            // it are matched by the other, once each, its index caught up with the claims before without publishing.
            Map<Integer, Integer> indexed = indexSizes(pipeline);
            assertThat(indexed.values())
                    .as("claims in each match instance's index: the active one's, the standby's empty")
                    .filteredOn(size -> size > 0)
                    .hasSize(1);
            int active = indexed.entrySet().stream()
                    .filter(entry -> entry.getValue() > 0)
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            int standby = 3 - active;
            pipeline.kill(ClaimflowService.MATCH, active);
            Map<String, Object> failover = new LinkedHashMap<>();
            failover.put("match-service instance killed (kill -9): the active one", active);
            failover.put("claims in its index", indexed.get(active));
            SteadyLoad.Result after;
            try (SteadyLoad load = SteadyLoad.start(ingestUrls, "instances-failover", FAILOVER_DOCUMENTS, PER_SECOND)) {
                after = load.finish();
            }
            DeliveryAudit.check("instances-failover", pipeline, after, failover);
            assertThat(indexSizes(pipeline).get(standby))
                    .as("the standby's index holds every claim, those before the failover caught up")
                    .isGreaterThanOrEqualTo(indexed.get(active) + FAILOVER_DOCUMENTS);
        }
    }

    /** The claims in the index of each running match-service instance, from its readiness check's data. */
    private static Map<Integer, Integer> indexSizes(Pipeline pipeline) throws Exception {
        Map<Integer, Integer> sizes = new LinkedHashMap<>();
        for (int instance : pipeline.instancesOf(ClaimflowService.MATCH)) {
            HttpResponse<String> ready = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(pipeline.urlOf(ClaimflowService.MATCH, instance) + "/q/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            for (JsonNode check : JSON.readTree(ready.body()).path("checks")) {
                if (check.path("name").asText().equals("match-index")) {
                    sizes.put(instance, check.at("/data/documents").asInt());
                }
            }
        }
        return sizes;
    }

    private static ConsumerGroupDescription group(Admin admin, String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).all().get().get(group);
    }

    private static List<Integer> partitionsPerMember(ConsumerGroupDescription group) {
        return group.members().stream()
                .map(MemberDescription::assignment)
                .map(assignment -> assignment.topicPartitions().size())
                .sorted()
                .toList();
    }

    /**
     * How many of the transactional producers whose ids start with the prefix (one per process, {@code <prefix><uuid>})
     * committed or began a transaction: a producer that never got work stays {@code Empty}.
     */
    private static long committedBy(Admin admin, String prefix) throws Exception {
        Collection<TransactionListing> listings = admin.listTransactions().all().get();
        return listings.stream()
                .filter(listing -> listing.transactionalId().startsWith(prefix)
                        && !listing.transactionalId().startsWith(prefix + "factchecks-"))
                .filter(listing -> listing.state() != TransactionState.EMPTY)
                .count();
    }
}
