package io.claimflow.cli.stack;

import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.stack.FreePorts;
import io.claimflow.stack.PipelineServices.InstancePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What {@code claimflow up} starts and where.
 *
 * @param home the checkout whose packaged services run
 * @param dataDirectory where the broker, PostgreSQL and the logs keep their files
 * @param kafkaPort the broker's port
 * @param ingestPort ingest-service's HTTP port
 * @param extractPort extract-service's HTTP port
 * @param storePort store-service's HTTP port
 * @param matchPort match-service's HTTP port
 * @param postgresPort the embedded PostgreSQL's port, 0 for any free one
 * @param externalDatabase a PostgreSQL to use instead of the embedded one, or null
 * @param instances how many instances of each service run, each further one on ports {@link InstancePorts#STEP} higher
 */
public record StackSettings(
        Path home,
        Path dataDirectory,
        int kafkaPort,
        int ingestPort,
        int extractPort,
        int storePort,
        int matchPort,
        int postgresPort,
        DatabaseCoordinates externalDatabase,
        int instances) {

    /**
     * Settings for a stack of a benchmark's own: a temporary data folder, every part on a free port, one instance of
     * each service and the embedded PostgreSQL.
     */
    public static StackSettings temporary(Path home, String purpose) {
        try {
            return new StackSettings(
                    home,
                    Files.createTempDirectory("claimflow-" + purpose + "-"),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    0,
                    null,
                    1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder", e);
        }
    }

    /** Where {@code claimflow up} keeps its files when no {@code --data} is given. */
    public static Path defaultDataDirectory(Path home) {
        return home.resolve(".claimflow");
    }

    /** The embedded PostgreSQL's folder in the data directory. */
    public Path postgresDirectory() {
        return postgresDirectory(dataDirectory);
    }

    public static Path postgresDirectory(Path dataDirectory) {
        return dataDirectory.resolve("postgres");
    }

    /** The checkout this command runs from: the claimflow script passes it as {@code claimflow.home}. */
    public static Path checkout() {
        return Path.of(System.getProperty("claimflow.home", "."))
                .toAbsolutePath()
                .normalize();
    }

    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** The HTTP port of every instance of every service: the given ports for the first, spaced for the others. */
    public InstancePorts ports() {
        return InstancePorts.spaced(Map.of(
                ClaimflowService.STORE, storePort,
                ClaimflowService.EXTRACT, extractPort,
                ClaimflowService.INGEST, ingestPort,
                ClaimflowService.MATCH, matchPort));
    }

    /** The base URL of each instance of the service, the first one first. */
    public List<String> urlsOf(ClaimflowService service) {
        return IntStream.rangeClosed(1, instances)
                .mapToObj(instance -> "http://localhost:" + ports().portOf(service, instance))
                .toList();
    }

    public String ingestUrl() {
        return "http://localhost:" + ingestPort;
    }

    public String extractUrl() {
        return "http://localhost:" + extractPort;
    }

    public String storeUrl() {
        return "http://localhost:" + storePort;
    }

    public String matchUrl() {
        return "http://localhost:" + matchPort;
    }

    public Path logs() {
        return dataDirectory.resolve("logs");
    }
}
