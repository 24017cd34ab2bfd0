package io.claimflow.cli.stack;

import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.stack.EmbeddedKafkaBroker;
import io.claimflow.stack.EmbeddedPostgresServer;
import io.claimflow.stack.FreePorts;
import io.claimflow.stack.PipelineServices;
import io.claimflow.stack.PipelineWiring;
import io.claimflow.stack.ServiceProcess;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole pipeline on one machine without Docker: a real Kafka broker (KRaft) in this JVM, PostgreSQL from Maven
 * binaries (or an external one), and the four services as processes from their packaged jars ({@link PipelineServices},
 * as the end-to-end tests run them). The broker's and the database's data stay in the data directory, so a second start
 * finds them again (and match-service's index, in {@code match-index} there).
 */
public final class LocalStack implements AutoCloseable {

    /** The database claimflow up makes on the embedded server. */
    public static final String DATABASE = "claimflow";

    private final StackSettings settings;
    private EmbeddedKafkaBroker broker;
    private EmbeddedPostgresServer postgres;
    private DatabaseCoordinates database;
    private PipelineServices services;
    private DataFolderClaim claim;
    /** Set by {@link #close()}, which may come from a shutdown hook while another thread is still starting parts. */
    private boolean closed;

    public LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    /**
     * Takes the data folder for this run, before anything else: refused (an {@link IllegalStateException}) while
     * another {@code up} runs on it; what a dead one left running there is stopped first. Answers what was stopped.
     */
    public synchronized List<String> claimDataFolder() {
        claim = DataFolderClaim.take(settings.dataDirectory(), settings.postgresDirectory());
        return claim.stopped();
    }

    /** Problems that stop the stack from starting (a taken port, an unbuilt service), none if it can start. */
    public List<String> preflight() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("--kafka-port (Kafka broker)", settings.kafkaPort());
        for (ClaimflowService service : ClaimflowService.values()) {
            String option = "--" + service.serviceName().replace("-service", "") + "-port (" + service + ")";
            for (int instance = 1; instance <= settings.instances(); instance++) {
                ports.put(
                        instance == 1 ? option : option.replace(")", " " + instance + ")"),
                        settings.ports().portOf(service, instance));
            }
        }
        if (settings.externalDatabase() == null && settings.postgresPort() > 0) {
            ports.put("--postgres-port (PostgreSQL)", settings.postgresPort());
        }
        ports.forEach((option, port) -> {
            if (FreePorts.isTaken(port)) {
                problems.add("port " + port + " is already in use; stop what listens there or choose another with "
                        + option);
            }
        });
        if (ports.values().stream().distinct().count() < ports.size()) {
            problems.add("two parts are given the same port: " + ports.values());
        }
        ClaimflowService.unbuilt(settings.home())
                .forEach(missing ->
                        problems.add(missing + ": run ./claimflow, which builds it, or ./mvnw package -DskipTests"));
        return problems;
    }

    /** Starts every part and returns once all report ready; on failure stops what started and throws. */
    public void start() {
        startWith(() -> {
            database = settings.externalDatabase() != null ? settings.externalDatabase() : embeddedDatabase();
            Map<ClaimflowService, Map<String, String>> marked = new EnumMap<>(ClaimflowService.class);
            for (ClaimflowService service : ClaimflowService.values()) {
                marked.put(service, DataFolderClaim.marker(settings.dataDirectory()));
            }
            keepServices(services(database)).startAll(marked);
        });
    }

    /**
     * Starts the broker, PostgreSQL (for ingest's index of accepted documents) and ingest-service alone, with no
     * extraction or store behind them, to measure ingest by itself; returns once ingest is ready.
     */
    public void startIngestAlone() {
        startWith(() -> {
            database = settings.externalDatabase() != null ? settings.externalDatabase() : embeddedDatabase();
            keepServices(services(database)).start(ClaimflowService.INGEST);
        });
    }

    private void startWith(Runnable startServices) {
        StackLogging.toFiles(settings.logs());
        try {
            EmbeddedKafkaBroker started = EmbeddedKafkaBroker.create(
                            settings.dataDirectory().resolve("kafka"), settings.kafkaPort())
                    .start();
            synchronized (this) {
                if (closed) {
                    started.stop();
                    throw stopping();
                }
                broker = started;
            }
            startServices.run();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The first service process that exited, if one did. */
    public synchronized Optional<ServiceProcess> exited() {
        return services == null ? Optional.empty() : services.exited();
    }

    /** The services' processes, once started. */
    public synchronized PipelineServices services() {
        return services;
    }

    public DatabaseCoordinates database() {
        return database;
    }

    /** Stops the services first (each gets SIGTERM and time to finish its work), then the broker and the database. */
    @Override
    public synchronized void close() {
        closed = true;
        if (services != null) {
            services.close();
            services = null;
        }
        if (broker != null) {
            broker.stop();
            broker = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (claim != null) {
            claim.close();
            claim = null;
        }
    }

    private PipelineServices services(DatabaseCoordinates database) {
        PipelineWiring wiring = new PipelineWiring(
                settings.bootstrapServers(),
                database,
                settings.storeUrl(),
                settings.ingestUrl(),
                settings.dataDirectory());
        return new PipelineServices(settings.home(), settings.logs(), wiring, settings.ports(), settings.instances());
    }

    private DatabaseCoordinates embeddedDatabase() {
        EmbeddedPostgresServer started =
                EmbeddedPostgresServer.start(settings.postgresDirectory(), settings.postgresPort());
        synchronized (this) {
            if (closed) {
                started.close();
                throw stopping();
            }
            postgres = started;
        }
        return started.ensureDatabase(DATABASE);
    }

    /** The services about to start, kept where {@link #close()} finds them; refused once the stack is closing. */
    private synchronized PipelineServices keepServices(PipelineServices created) {
        if (closed) {
            throw stopping();
        }
        services = created;
        return created;
    }

    private static IllegalStateException stopping() {
        return new IllegalStateException("Claimflow was stopped while it was starting");
    }
}
