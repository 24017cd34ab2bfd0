package io.claimflow.cli.stack;

import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.stack.EmbeddedKafkaBroker;
import io.claimflow.stack.EmbeddedPostgresServer;
import io.claimflow.stack.FreePorts;
import io.claimflow.stack.Readiness;
import io.claimflow.stack.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole pipeline on one machine without Docker: a real Kafka broker (KRaft) in this JVM, PostgreSQL
 * from Maven binaries (or an external one), and the three services as processes from their packaged jars.
 * The broker's and the database's data stay in the data directory, so a second start finds them again.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final String DATABASE = "claimflow";

    private final StackSettings settings;
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedKafkaBroker broker;
    private EmbeddedPostgresServer postgres;
    private DatabaseCoordinates database;

    public LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    /** Problems that stop the stack from starting (a taken port, an unbuilt service), none if it can start. */
    public List<String> preflight() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("--kafka-port (Kafka broker)", settings.kafkaPort());
        ports.put("--ingest-port (ingest-service)", settings.ingestPort());
        ports.put("--extract-port (extract-service)", settings.extractPort());
        ports.put("--store-port (store-service)", settings.storePort());
        if (settings.externalDatabase() == null && settings.postgresPort() > 0) {
            ports.put("--postgres-port (PostgreSQL)", settings.postgresPort());
        }
        ports.forEach((option, port) -> {
            if (FreePorts.isTaken(port)) {
                problems.add("port " + port + " is already in use; stop what listens there or choose another with " + option);
            }
        });
        if (ports.values().stream().distinct().count() < ports.size()) {
            problems.add("two parts are given the same port: " + ports.values());
        }
        for (String service : List.of("ingest-service", "extract-service", "store-service")) {
            if (!Files.isRegularFile(jarOf(service))) {
                problems.add(service + " is not built (" + jarOf(service) + " is missing): run ./claimflow, which builds it, or ./mvnw package -DskipTests");
            }
        }
        return problems;
    }

    /** Starts every part and returns once all report ready; on failure stops what started and throws. */
    public void start() {
        StackLogging.toFiles(settings.logs());
        try {
            broker = EmbeddedKafkaBroker.create(settings.dataDirectory().resolve("kafka"), settings.kafkaPort()).start();
            database = settings.externalDatabase() != null ? settings.externalDatabase() : embeddedDatabase();
            launch("store-service", settings.storePort(), Map.of(
                    "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                    "quarkus.datasource.username", database.username(),
                    "quarkus.datasource.password", database.password()));
            launch("extract-service", settings.extractPort(), Map.of());
            launch("ingest-service", settings.ingestPort(), Map.of(
                    "claimflow.ingest.document-location", settings.storeUrl() + "/documents/{id}"));
            List<Integer> ports = List.of(settings.storePort(), settings.extractPort(), settings.ingestPort());
            for (int i = 0; i < services.size(); i++) {
                Readiness.await("http://localhost:" + ports.get(i), READY_TIMEOUT);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The first service process that exited, if one did. */
    public Optional<ServiceProcess> exited() {
        return services.stream().filter(service -> !service.isAlive()).findFirst();
    }

    public DatabaseCoordinates database() {
        return database;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** Stops the services first (each gets SIGTERM and time to finish its work), then the broker and the database. */
    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        services.clear();
        if (broker != null) {
            broker.stop();
            broker = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private DatabaseCoordinates embeddedDatabase() {
        postgres = EmbeddedPostgresServer.start(settings.dataDirectory().resolve("postgres"), settings.postgresPort());
        return postgres.ensureDatabase(DATABASE);
    }

    private void launch(String name, int port, Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>(extra);
        properties.put("quarkus.http.port", Integer.toString(port));
        properties.put("kafka.bootstrap.servers", settings.bootstrapServers());
        List<String> jvm = List.of(name.equals("extract-service") ? "-Xmx768m" : "-Xmx384m");
        services.add(ServiceProcess.start(name, jarOf(name), properties, jvm, settings.logs().resolve(name + ".log")));
    }

    private Path jarOf(String service) {
        return settings.home().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
