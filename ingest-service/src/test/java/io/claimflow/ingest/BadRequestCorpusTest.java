package io.claimflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * A generated corpus of a few thousand bad requests: each gets a 4xx with an application/problem+json body that names
 * the problem, none gets a 5xx, and none reaches Kafka.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class BadRequestCorpusTest extends ReadyServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyBadRequestIsA4xxProblemAndNothingReachesKafka() throws Exception {
        List<BadRequests.Request> corpus = BadRequests.generate(20261121L, 3000);
        long before = documentsOnTopic();
        Map<String, Integer> perKind = new TreeMap<>();
        for (BadRequests.Request request : corpus) {
            HttpResponse<String> response = send(request);
            String what = request.kind() + " (" + request.contentType() + "): " + request.describe();
            assertThat(response.statusCode()).as(what).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(what)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.path("status").asInt()).as(what).isEqualTo(response.statusCode());
            assertThat(problem.path("type").asText()).as(what).startsWith("urn:claimflow:problem:");
            assertThat(problem.path("detail").asText()).as(what).isNotBlank();
            perKind.merge(request.kind(), 1, Integer::sum);
        }
        assertThat(documentsOnTopic())
                .as("records on %s", Topics.DOCUMENTS.name())
                .isEqualTo(before);
        assertThat(perKind.keySet()).hasSizeGreaterThanOrEqualTo(10);
        System.out.println(
                "Bad-request corpus: " + corpus.size() + " requests, all 4xx problems, none on Kafka: " + perKind);
    }

    private HttpResponse<String> send(BadRequests.Request request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(service + "documents" + request.query()))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long documentsOnTopic() throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestKafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = admin
                    .describeTopics(List.of(Topics.DOCUMENTS.name()))
                    .allTopicNames()
                    .get()
                    .get(Topics.DOCUMENTS.name())
                    .partitions()
                    .stream()
                    .map(partition -> new TopicPartition(Topics.DOCUMENTS.name(), partition.partition()))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(info -> info.offset())
                    .sum();
        }
    }
}
