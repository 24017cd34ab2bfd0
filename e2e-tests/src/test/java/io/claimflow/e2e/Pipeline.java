package io.claimflow.e2e;

import io.claimflow.stack.FreePorts;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.testkit.postgres.TestPostgres;
import io.claimflow.stack.ServiceProcess;
import io.claimflow.stack.Readiness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole pipeline for a test: a real broker and PostgreSQL, and the three services started as
 * separate processes from their packaged jars on free ports, each logging to its own file.
 */
final class Pipeline implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    final String bootstrapServers;
    final String ingestUrl;
    final String extractUrl;
    final String storeUrl;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();

    private Pipeline(String bootstrapServers, String ingestUrl, String extractUrl, String storeUrl) {
        this.bootstrapServers = bootstrapServers;
        this.ingestUrl = ingestUrl;
        this.extractUrl = extractUrl;
        this.storeUrl = storeUrl;
    }

    static Pipeline start() {
        String kafka = TestKafka.bootstrapServers();
        DatabaseCoordinates database = TestPostgres.newDatabase("e2e");
        int ingestPort = FreePorts.next();
        int extractPort = FreePorts.next();
        int storePort = FreePorts.next();
        Pipeline pipeline = new Pipeline(kafka, "http://127.0.0.1:" + ingestPort, "http://127.0.0.1:" + extractPort,
                "http://127.0.0.1:" + storePort);
        try {
            pipeline.launch("store-service", storePort, Map.of(
                    "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                    "quarkus.datasource.username", database.username(),
                    "quarkus.datasource.password", database.password()));
            pipeline.launch("extract-service", extractPort, Map.of());
            pipeline.launch("ingest-service", ingestPort, Map.of(
                    "claimflow.ingest.document-location", pipeline.storeUrl + "/documents/{id}"));
            pipeline.awaitReady();
        } catch (RuntimeException e) {
            String logs = pipeline.logTails();
            pipeline.close();
            throw new IllegalStateException("the pipeline did not start: " + e.getMessage() + logs, e);
        }
        return pipeline;
    }

    private void launch(String name, int port, Map<String, String> extra) {
        ports.add(port);
        Map<String, String> properties = new java.util.HashMap<>(extra);
        properties.put("quarkus.http.port", Integer.toString(port));
        properties.put("kafka.bootstrap.servers", bootstrapServers);
        Path jar = Path.of(System.getProperty("claimflow." + name.replace("-service", "") + ".jar"));
        Path log = Path.of(System.getProperty("claimflow.e2e.logs", "target/e2e-logs")).resolve(name + ".log");
        services.add(ServiceProcess.start(name, jar, properties, JVM_OPTIONS, log));
    }

    private void awaitReady() {
        for (int i = 0; i < services.size(); i++) {
            Readiness.await("http://127.0.0.1:" + ports.get(i), START_TIMEOUT);
            if (!services.get(i).isAlive()) {
                throw new IllegalStateException(services.get(i).name() + " exited");
            }
        }
    }

    /** The base URL of a service by its name. */
    String urlOf(String service) {
        return switch (service) {
            case "ingest-service" -> ingestUrl;
            case "extract-service" -> extractUrl;
            case "store-service" -> storeUrl;
            default -> throw new IllegalArgumentException("no service " + service);
        };
    }

    /** The end of every service's log, for failure messages. */
    String logTails() {
        return services.stream()
                .map(service -> "\n--- " + service.name() + " (" + service.log() + ") ---\n" + service.logTail(30))
                .collect(Collectors.joining());
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::close);
    }
}
