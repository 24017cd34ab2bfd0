package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.ConsumerLag;
import io.claimflow.stack.EmbeddedKafkaBroker;
import io.claimflow.stack.PipelineServices;
import io.claimflow.testkit.postgres.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.junit.jupiter.api.Test;

/**
 * Scale-out drill: two instances of every service ({@code claimflow up --instances 2}, as {@link Pipeline} starts them)
 * under a steady load posted to both ingest instances; mid-stream {@code kill -9} of one instance of extract-service,
 * of the active match-service instance, of one store-service and one ingest-service instance, each followed by a new
 * instance. Afterwards the {@link DeliveryAudit}: every accepted document's claims, matches and narrative membership in
 * the store once, nothing twice on the topics for a read-committed consumer. Besides: each extract process did part of
 * the work; one match instance held every partition while the other stood by, and the standby took over; a document
 * accepted by one ingest instance is known to the other. Rerun: {@code ./mvnw -B verify -pl e2e-tests -am
 * -Dit.test=ScaleOutDrillIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false}
 */
class ScaleOutDrillIT {

    private static final int INSTANCES = 2;
    private static final int DOCUMENTS = 2000;
    // Eight service JVMs, a broker, PostgreSQL and the load share two cores: 15/s is what they sustained in
    // InstancesIT, and it keeps the load going for over two minutes, long enough for four kills and new instances.
    private static final int PER_SECOND = 15;
    private static final Duration CAUGHT_UP = Duration.ofMinutes(6);
    private static final int FIRST_KILL_SECONDS = 15;
    private static final int BETWEEN_KILLS_SECONDS = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void killedInstancesReplacedUnderLoadLoseAndDoubleNothing() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.createTemporary().start();
                Pipeline pipeline = Pipeline.start(
                        broker.bootstrapServers(),
                        TestPostgres.newDatabase("scaleout"),
                        "scale-out-drill",
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
            // Written by the threads that start the new instances too.
            Map<String, Object> events = Collections.synchronizedMap(new LinkedHashMap<>());
            ExecutorService starters = Executors.newCachedThreadPool();
            List<Future<?>> replacements = new ArrayList<>();
            SteadyLoad.Result result;
            int activeMatch;
            try (SteadyLoad load = SteadyLoad.start(ingestUrls, "scale-out", DOCUMENTS, PER_SECOND)) {
                long start = System.nanoTime();
                at(start, FIRST_KILL_SECONDS);
                replacements.add(replace(pipeline, load, events, starters, ClaimflowService.EXTRACT, 1));
                at(start, FIRST_KILL_SECONDS + BETWEEN_KILLS_SECONDS);
                // The active instance: the standby's index is empty until it takes over.
                activeMatch = indexSizes(pipeline).entrySet().stream()
                        .filter(entry -> entry.getValue() > 0)
                        .map(Map.Entry::getKey)
                        .reduce((a, b) -> {
                            throw new AssertionError("two match instances with claims in their index");
                        })
                        .orElseThrow();
                replacements.add(replace(pipeline, load, events, starters, ClaimflowService.MATCH, activeMatch));
                at(start, FIRST_KILL_SECONDS + 2 * BETWEEN_KILLS_SECONDS);
                replacements.add(replace(pipeline, load, events, starters, ClaimflowService.STORE, 1));
                at(start, FIRST_KILL_SECONDS + 3 * BETWEEN_KILLS_SECONDS);
                // The second ingest instance: the one the resubmission below goes to, new and caught up.
                replacements.add(replace(pipeline, load, events, starters, ClaimflowService.INGEST, 2));
                result = load.finish();
            }
            for (Future<?> replacement : replacements) {
                replacement.get();
            }
            starters.shutdown();
            ConsumerLag.awaitCaughtUp(
                    broker.bootstrapServers(), "claimflow-extract", List.of(Topics.DOCUMENTS.name()), CAUGHT_UP);
            ConsumerLag.awaitCaughtUp(
                    broker.bootstrapServers(), "claimflow-match", List.of(Topics.CLAIMS.name()), CAUGHT_UP);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                ConsumerGroupDescription extract = group(admin, "claimflow-extract");
                events.put("extract-service members with partitions", partitionsPerMember(extract));
                ConsumerGroupDescription match = group(admin, "claimflow-match");
                events.put("match-service (claims) members with partitions", partitionsPerMember(match));
                long extracting = committedBy(admin, "claimflow-extract-");
                long matching = committedBy(admin, "claimflow-match-");
                events.put("extract-service processes that committed", extracting);
                events.put("match-service processes that committed", matching);

                assertThat(extract.members())
                        .as("both extract instances in the group, each with partitions")
                        .hasSize(INSTANCES)
                        .allSatisfy(member -> assertThat(member.assignment().topicPartitions())
                                .isNotEmpty());
                assertThat(extracting)
                        .as("every extract process extracted documents: the two first and the new one")
                        .isEqualTo(INSTANCES + 1L);
                assertThat(match.members()).hasSize(INSTANCES);
                assertThat(partitionsPerMember(match))
                        .as("one active match instance with every partition of the claims topic and of its group's"
                                + " redrive topic, the new one standing by")
                        .containsExactly(0, 2 * EmbeddedKafkaBroker.DEFAULT_PARTITIONS);
                assertThat(matching)
                        .as("two match processes published matches: the one killed and the standby that took over")
                        .isEqualTo(2L);
            }
            HttpResponse<String> again = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(ingestUrls.get(1) + "/documents"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(SteadyLoad.body("scale-out", 0)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode())
                    .as("a document ingest-service 1 accepted, posted again to ingest-service 2: %s", again.body())
                    .isEqualTo(200);
            events.put("a document accepted by ingest-service, posted again to ingest-service-2", again.statusCode());
            Map<Integer, Integer> indexed = indexSizes(pipeline);
            events.put("claims and redirects in each match instance's index", indexed);
            Map<String, Object> report = DeliveryAudit.check("scale-out-drill", pipeline, result, events);
            assertThat(indexed.get(3 - activeMatch))
                    .as("the standby that took over holds every claim in its index, those before it caught up")
                    .isGreaterThanOrEqualTo(
                            (Integer) report.get("claims on " + Topics.CLAIMS.name() + " (read committed)"));
        }
    }

    /**
     * {@code kill -9} of one instance of the service under load, then a new instance started in its place. The new one
     * starts in the background, so the next kill comes on time however long a JVM takes to start on a busy machine.
     */
    private static Future<?> replace(
            Pipeline pipeline,
            SteadyLoad load,
            Map<String, Object> events,
            ExecutorService starters,
            ClaimflowService service,
            int instance) {
        pipeline.kill(service, instance);
        int posted = load.sent();
        String name = PipelineServices.instanceName(service.serviceName(), instance);
        events.put(name + " killed (kill -9) after documents posted", posted);
        assertThat(posted).as("%s killed while the load still posts", name).isLessThan(DOCUMENTS);
        return starters.submit(() -> {
            pipeline.startInstance(service);
            events.put(name + " replaced: the new instance ready after documents posted", load.sent());
        });
    }

    /** Sleeps until {@code seconds} after {@code start}. */
    private static void at(long start, int seconds) throws InterruptedException {
        long wait = start + Duration.ofSeconds(seconds).toNanos() - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000);
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
