package io.claimflow.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Claimflow service running as its own operating-system process from its packaged jar, the way it runs in production,
 * with its output in a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    /**
     * Kubernetes' default termination grace period. store-service needs most of it under load: its six consumers share
     * one group, and each one's leaving makes the others rebalance (16 to 18 s on this project's 2-core machine).
     */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code java -jar jar} with the given system properties and JVM options, output appended to the log file.
     */
    public static ServiceProcess start(
            String name, Path jar, Map<String, String> properties, List<String> jvmOptions, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    name + " is not packaged: " + jar + " is missing (run the Maven build first)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ServiceProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** The last lines of the log, to put in a failure message. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL, as a crash or the OOM killer would end the process: no shutdown hook runs. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, then waits for the process to exit on its own; answers whether it did within the grace period. */
    public boolean terminate() {
        process.destroy();
        try {
            return process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM and a grace period for a clean shutdown, then SIGKILL. */
    @Override
    public void close() {
        if (!terminate()) {
            kill();
        }
    }
}
