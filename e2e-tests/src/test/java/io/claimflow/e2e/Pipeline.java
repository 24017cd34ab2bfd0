package io.claimflow.e2e;

import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.stack.FreePorts;
import io.claimflow.stack.Readiness;
import io.claimflow.stack.ServiceProcess;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.postgres.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole pipeline for a test: a real broker and PostgreSQL, and the three services started as
 * separate processes from their packaged jars on free ports, each logging to its own file. A drill can
 * kill, stop and restart each service on the same port with the same settings.
 */
final class Pipeline implements AutoCloseable {

    static final List<String> SERVICES = List.of("store-service", "extract-service", "ingest-service");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    final String bootstrapServers;
    final String ingestUrl;
    final String extractUrl;
    final String storeUrl;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> settings = new HashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final Path logs;

    private Pipeline(String bootstrapServers, DatabaseCoordinates database, String run) {
        this.bootstrapServers = bootstrapServers;
        this.logs = Path.of(System.getProperty("claimflow.e2e.logs", "target/e2e-logs")).resolve(run);
        SERVICES.forEach(service -> ports.put(service, FreePorts.next()));
        this.ingestUrl = "http://127.0.0.1:" + ports.get("ingest-service");
        this.extractUrl = "http://127.0.0.1:" + ports.get("extract-service");
        this.storeUrl = "http://127.0.0.1:" + ports.get("store-service");
        settings.put("store-service", Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password()));
        settings.put("extract-service", Map.of());
        settings.put("ingest-service", Map.of("claimflow.ingest.document-location", storeUrl + "/documents/{id}"));
    }

    /** The pipeline on the test run's shared broker and a new database on its PostgreSQL. */
    static Pipeline start() {
        return start(TestKafka.bootstrapServers(), TestPostgres.newDatabase("e2e"), "pipeline");
    }

    /** The pipeline on the given broker and database, every service ready, logging into a folder named after the run. */
    static Pipeline start(String bootstrapServers, DatabaseCoordinates database, String run) {
        Pipeline pipeline = new Pipeline(bootstrapServers, database, run);
        try {
            SERVICES.forEach(pipeline::launch);
            SERVICES.forEach(pipeline::awaitReady);
        } catch (RuntimeException e) {
            String logs = pipeline.logTails();
            pipeline.close();
            throw new IllegalStateException("the pipeline did not start: " + e.getMessage() + logs, e);
        }
        return pipeline;
    }

    /** Starts the service again on its port with its settings, and waits until it is ready. */
    void restart(String service) {
        restart(service, Map.of());
    }

    /** Starts the service again with some settings changed for this run of it, and waits until it is ready. */
    void restart(String service, Map<String, String> overrides) {
        launch(service, overrides);
        awaitReady(service);
    }

    /** {@code kill -9} of the service: no shutdown hook, no goodbye to the broker or the database. */
    void kill(String service) {
        running.remove(service).kill();
    }

    /** SIGTERM to the service; answers whether it shut down by itself within the grace period. */
    boolean terminate(String service) {
        return running.remove(service).terminate();
    }

    private void launch(String service) {
        launch(service, Map.of());
    }

    private void launch(String service, Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>(settings.get(service));
        properties.putAll(overrides);
        properties.put("quarkus.http.port", Integer.toString(ports.get(service)));
        properties.put("kafka.bootstrap.servers", bootstrapServers);
        Path jar = Path.of(System.getProperty("claimflow." + service.replace("-service", "") + ".jar"));
        Path log = logs.resolve(service + ".log");
        running.put(service, ServiceProcess.start(service, jar, properties, JVM_OPTIONS, log));
    }

    private void awaitReady(String service) {
        Readiness.await(urlOf(service), START_TIMEOUT);
        if (!running.get(service).isAlive()) {
            throw new IllegalStateException(service + " exited");
        }
    }

    /** The base URL of a service by its name. */
    String urlOf(String service) {
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalArgumentException("no service " + service);
        }
        return "http://127.0.0.1:" + port;
    }

    /** The end of every running service's log, for failure messages. */
    String logTails() {
        return running.values().stream()
                .map(service -> "\n--- " + service.name() + " (" + service.log() + ") ---\n" + service.logTail(30))
                .collect(Collectors.joining());
    }

    @Override
    public void close() {
        running.values().forEach(ServiceProcess::close);
        running.clear();
    }
}
