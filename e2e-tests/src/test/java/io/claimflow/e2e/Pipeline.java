package io.claimflow.e2e;

import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.stack.PipelineServices;
import io.claimflow.stack.PipelineServices.InstancePorts;
import io.claimflow.stack.PipelineWiring;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.postgres.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole pipeline for a test: a real broker and PostgreSQL, and the four services started as separate processes from
 * their packaged jars on free ports, as {@code claimflow up} starts them ({@link PipelineServices}). A drill can kill,
 * stop and restart each service on the same port with the same settings.
 */
final class Pipeline implements AutoCloseable {

    final String bootstrapServers;
    final String ingestUrl;
    final String extractUrl;
    final String storeUrl;
    final DatabaseCoordinates database;
    private final PipelineServices services;

    private Pipeline(String bootstrapServers, DatabaseCoordinates database, PipelineServices services) {
        this.bootstrapServers = bootstrapServers;
        this.database = database;
        this.services = services;
        this.ingestUrl = services.urlOf(ClaimflowService.INGEST);
        this.extractUrl = services.urlOf(ClaimflowService.EXTRACT);
        this.storeUrl = services.urlOf(ClaimflowService.STORE);
    }

    /** The pipeline on the test run's shared broker and a new database on its PostgreSQL. */
    static Pipeline start() {
        return start(TestKafka.bootstrapServers(), TestPostgres.newDatabase("e2e"), "pipeline");
    }

    /**
     * The pipeline on the given broker and database, every service ready, logging into a folder named after the run.
     */
    static Pipeline start(String bootstrapServers, DatabaseCoordinates database, String run) {
        return start(bootstrapServers, database, run, Map.of());
    }

    /**
     * The pipeline as {@link #start(String, DatabaseCoordinates, String)}, some services with settings of their own.
     */
    static Pipeline start(
            String bootstrapServers,
            DatabaseCoordinates database,
            String run,
            Map<ClaimflowService, Map<String, String>> settings) {
        return start(bootstrapServers, database, run, settings, 1);
    }

    /**
     * The pipeline as {@link #start(String, DatabaseCoordinates, String, Map)}, with that many instances of each
     * service.
     */
    static Pipeline start(
            String bootstrapServers,
            DatabaseCoordinates database,
            String run,
            Map<ClaimflowService, Map<String, String>> settings,
            int instances) {
        InstancePorts ports = InstancePorts.free();
        String storeUrl = "http://127.0.0.1:" + ports.portOf(ClaimflowService.STORE, 1);
        Path logs = Path.of(System.getProperty("claimflow.e2e.logs", "target/e2e-logs"))
                .resolve(run);
        Path home = Path.of(System.getProperty("claimflow.home", ".."))
                .toAbsolutePath()
                .normalize();
        // The logs' folder is the run's own, so match-service's index there survives its restarts; it starts empty,
        // as the broker does: an index left by an earlier build would hold claims of another broker's topics.
        String ingestUrl = "http://127.0.0.1:" + ports.portOf(ClaimflowService.INGEST, 1);
        PipelineWiring wiring = new PipelineWiring(bootstrapServers, database, storeUrl, ingestUrl, logs);
        for (int instance = 1; instance <= instances; instance++) {
            deleteRecursively(wiring.matchIndex(instance));
        }
        PipelineServices services = new PipelineServices(home, logs, wiring, ports, instances);
        services.startAll(settings);
        return new Pipeline(bootstrapServers, database, services);
    }

    /** Starts the service again on its port with its settings, and waits until it is ready. */
    void restart(ClaimflowService service) {
        restart(service, Map.of());
    }

    /** Starts the service again with some settings changed for this run of it, and waits until it is ready. */
    void restart(ClaimflowService service, Map<String, String> overrides) {
        services.restart(service, overrides);
    }

    /** {@code kill -9} of the service: no shutdown hook, no goodbye to the broker or the database. */
    void kill(ClaimflowService service) {
        services.kill(service);
    }

    /** {@code kill -9} of one instance of the service. */
    void kill(ClaimflowService service, int instance) {
        services.kill(service, instance);
    }

    /** Starts one more instance of the service and waits until it is ready; answers its number. */
    int startInstance(ClaimflowService service) {
        return services.startInstance(service);
    }

    /** The numbers of the service's running instances. */
    List<Integer> instancesOf(ClaimflowService service) {
        return services.instancesOf(service);
    }

    /** The log file of one instance of the service. */
    Path logOf(ClaimflowService service, int instance) {
        return services.processOf(service, instance).orElseThrow().log();
    }

    /** SIGTERM to the service; answers whether it shut down by itself within the grace period. */
    boolean terminate(ClaimflowService service) {
        return services.terminate(service);
    }

    /** The base URL of a service. */
    String urlOf(ClaimflowService service) {
        return services.urlOf(service);
    }

    /** The base URL of one instance of the service. */
    String urlOf(ClaimflowService service, int instance) {
        return services.urlOf(service, instance);
    }

    /** The end of every running service's log, for failure messages. */
    String logTails() {
        return services.logTails();
    }

    @Override
    public void close() {
        services.close();
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + folder, e);
        }
    }
}
