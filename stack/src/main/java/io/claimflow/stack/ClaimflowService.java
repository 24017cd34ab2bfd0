package io.claimflow.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The services of a Claimflow pipeline in the order they start (the store first, so nothing it must persist is produced
 * before it listens; match after extract, whose claims it reads; ingest last, so nothing is accepted before it can be
 * extracted), each with the heap it runs with. {@code claimflow up} and the end-to-end tests start them from this one
 * definition.
 */
public enum ClaimflowService {
    STORE("store-service", "384m"),
    EXTRACT("extract-service", "768m"),
    MATCH("match-service", "384m"),
    INGEST("ingest-service", "384m");

    /** Where the Maven build packages a service, under its module. */
    private static final String PACKAGED_JAR = "target/quarkus-app/quarkus-run.jar";

    private final String serviceName;
    private final String heap;

    ClaimflowService(String serviceName, String heap) {
        this.serviceName = serviceName;
        this.heap = heap;
    }

    /** The service's name: its Maven module, its log file and its name in docs and compose. */
    public String serviceName() {
        return serviceName;
    }

    /**
     * The JVM options of the service's process: a fixed heap, so several services and the broker fit one small machine,
     * and the serial collector, which needs no extra threads on a couple of cores.
     */
    public List<String> jvmOptions() {
        return List.of("-Xmx" + heap, "-XX:+UseSerialGC");
    }

    /** The service's packaged jar in a checkout. */
    public Path jarIn(Path home) {
        return home.resolve(serviceName).resolve(PACKAGED_JAR);
    }

    /** What keeps the services of a checkout from running: each one whose jar is not built, said as such. */
    public static List<String> unbuilt(Path home) {
        return Arrays.stream(values())
                .filter(service -> !Files.isRegularFile(service.jarIn(home)))
                .map(service -> service + " is not built (" + service.jarIn(home) + " is missing)")
                .toList();
    }

    @Override
    public String toString() {
        return serviceName;
    }
}
