package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml must run what the code is: every service built from its Dockerfile, in replicas reached through
 * the gateway on the port its configuration has, healthy only when ready, started after what it needs is healthy, and
 * configured only through variables of properties it really has.
 */
class ComposeFileTest {

    private static final Path COMPOSE = ServiceConfiguration.ROOT.resolve("docker-compose.yml");
    private static final String REPLICAS = "${CLAIMFLOW_INSTANCES:-2}";
    private static final Map<String, List<String>> NEEDS = Map.of(
            "ingest-service",
            List.of("kafka", "postgres"),
            "extract-service",
            List.of("kafka"),
            "match-service",
            List.of("kafka"),
            "store-service",
            List.of("kafka", "postgres"));
    private static JsonNode services;

    @BeforeAll
    static void read() throws IOException {
        services =
                new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile()).path("services");
    }

    @Test
    void runsKafkaPostgresAndTheFourServices() {
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "kafka",
                        "postgres",
                        "ingest-service",
                        "extract-service",
                        "match-service",
                        "store-service",
                        "gateway");
        assertThat(services.at("/kafka/image").asText()).startsWith("apache/kafka:");
        assertThat(services.at("/gateway/image").asText()).startsWith("nginx:");
        assertThat(services.at("/kafka/environment/KAFKA_PROCESS_ROLES").asText())
                .isEqualTo("broker,controller");
        assertThat(services.at("/postgres/image").asText()).startsWith("postgres:");
        for (String name : names) {
            assertThat(services.path(name).path("healthcheck").path("test").isMissingNode())
                    .as("%s has a healthcheck", name)
                    .isFalse();
        }
    }

    @Test
    void eachServiceIsBuiltFromItsDockerfileOnItsPortAndHealthyWhenReady() {
        for (String service : NEEDS.keySet()) {
            JsonNode definition = services.path(service);
            Path context = ServiceConfiguration.ROOT
                    .resolve(definition.at("/build/context").asText())
                    .normalize();
            assertThat(context).isEqualTo(ServiceConfiguration.ROOT.resolve(service));
            assertThat(context.resolve(definition.at("/build/dockerfile").asText()))
                    .as("Dockerfile of %s", service)
                    .isRegularFile();
            String port =
                    ServiceConfiguration.defaultOf(service, "quarkus.http.port").orElseThrow();
            assertThat(definition.path("ports").isMissingNode())
                    .as("%s publishes no host port, which its replicas would collide on", service)
                    .isTrue();
            assertThat(definition.at("/deploy/replicas").asText()).isEqualTo(REPLICAS);
            assertThat(definition.path("expose").get(0).asText()).isEqualTo(port);
            assertThat(definition.at("/environment/QUARKUS_HTTP_PORT").asText()).isEqualTo(port);
            assertThat(definition.at("/healthcheck/test").toString()).contains("localhost:" + port + "/q/health/ready");
            for (String needed : NEEDS.get(service)) {
                assertThat(definition.at("/depends_on/" + needed + "/condition").asText())
                        .as("%s waits for %s", service, needed)
                        .isEqualTo("service_healthy");
            }
        }
    }

    @Test
    void theGatewayIsEachServicesOneAddressOnItsPort() throws IOException {
        JsonNode gateway = services.path("gateway");
        String mounted = gateway.path("volumes").get(0).asText();
        Path conf = ServiceConfiguration.ROOT.resolve(mounted.substring(0, mounted.indexOf(':')));
        assertThat(mounted).endsWith(":/etc/nginx/conf.d/default.conf:ro");
        Map<String, String> routes = new HashMap<>();
        Matcher server = Pattern.compile("listen (\\d+);\\s+location / \\{\\s+set \\$service http://([a-z-]+):(\\d+);")
                .matcher(Files.readString(conf));
        while (server.find()) {
            assertThat(server.group(3)).as("port of %s", server.group(2)).isEqualTo(server.group(1));
            routes.put(server.group(2), server.group(1));
        }
        List<String> published = new ArrayList<>();
        gateway.path("ports").forEach(port -> published.add(port.asText()));
        for (String service : NEEDS.keySet()) {
            String port =
                    ServiceConfiguration.defaultOf(service, "quarkus.http.port").orElseThrow();
            assertThat(routes).as("the gateway's routes").containsEntry(service, port);
            assertThat(published).contains(port + ":" + port);
            assertThat(gateway.at("/depends_on/" + service + "/condition").asText())
                    .isEqualTo("service_healthy");
        }
        assertThat(routes).hasSize(NEEDS.size());
    }

    @Test
    void eachMatchReplicaKeepsItsIndexInItsOwnContainer() {
        JsonNode match = services.path("match-service");
        assertThat(match.path("volumes").isMissingNode())
                .as("a volume would be shared by the replicas, and each needs an index of its own")
                .isTrue();
        assertThat(match.at("/environment/CLAIMFLOW_MATCH_INDEX_FOLDER").asText())
                .startsWith("/deployments/");
    }

    @Test
    void everyVariableOfAServiceSetsAPropertyItHas() {
        for (String service : NEEDS.keySet()) {
            services.path(service)
                    .path("environment")
                    .fieldNames()
                    .forEachRemaining(variable -> assertThat(ServiceConfiguration.propertyOf(service, variable))
                            .as("%s of %s", variable, service)
                            .isPresent());
        }
    }

    @Test
    void theServicesFindTheBrokerAndTheDatabaseWhereComposePutsThem() {
        String broker = services.at("/kafka/environment/KAFKA_ADVERTISED_LISTENERS")
                .asText()
                .replace("PLAINTEXT://", "");
        NEEDS.keySet()
                .forEach(service -> assertThat(services.at("/" + service + "/environment/KAFKA_BOOTSTRAP_SERVERS")
                                .asText())
                        .isEqualTo(broker));
        JsonNode postgres = services.at("/postgres/environment");
        for (String service : List.of("store-service", "ingest-service")) {
            JsonNode environment = services.at("/" + service + "/environment");
            assertThat(environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                    .as(service)
                    .isEqualTo("jdbc:postgresql://postgres:5432/"
                            + postgres.path("POSTGRES_DB").asText());
            assertThat(environment.path("QUARKUS_DATASOURCE_USERNAME").asText())
                    .as(service)
                    .isEqualTo(postgres.path("POSTGRES_USER").asText());
            assertThat(environment.path("QUARKUS_DATASOURCE_PASSWORD").asText())
                    .as(service)
                    .isEqualTo(postgres.path("POSTGRES_PASSWORD").asText());
        }
    }

    /** Compose itself must accept the file; .ci/run installs Debian's docker-compose for this where it is missing. */
    @Test
    void composeAcceptsTheFile() throws Exception {
        List<String> command = composeCommand();
        Assumptions.assumeTrue(
                command != null,
                "neither 'docker-compose' nor 'docker compose' is installed: compose's own check is skipped");
        command.addAll(List.of("-f", COMPOSE.toString(), "config", "-q"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static List<String> composeCommand() throws Exception {
        for (List<String> candidate : List.of(List.of("docker-compose"), List.of("docker", "compose"))) {
            List<String> probe = new ArrayList<>(candidate);
            probe.add("version");
            try {
                Process process =
                        new ProcessBuilder(probe).redirectErrorStream(true).start();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return new ArrayList<>(candidate);
                }
            } catch (IOException e) {
                // not installed
            }
        }
        return null;
    }
}
