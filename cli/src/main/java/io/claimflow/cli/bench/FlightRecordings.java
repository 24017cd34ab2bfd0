package io.claimflow.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * JDK Flight Recorder on every JVM of a local stack for the length of a benchmark: started and stopped through
 * {@code jcmd} (the JDK's own tool, next to the {@code java} running this command), and in this process for the
 * benchmark client. Each recording is written to its part's file in the folder.
 */
public final class FlightRecordings implements AutoCloseable {

    private static final String NAME = "claimflow-bench";
    private static final String SETTINGS = "default";

    private final Path folder;
    private final Map<String, Long> jvms;
    private final Recording client;

    private FlightRecordings(Path folder, Map<String, Long> jvms, Recording client) {
        this.folder = folder;
        this.jvms = jvms;
        this.client = client;
    }

    /**
     * Starts recording each JVM (part name → process id) and this process with the JDK's "default" settings: their
     * execution samples are all the summary needs, and the "profile" settings (allocation and old-object sampling) cost
     * five JVMs on two cores so much CPU that they doubled the latency they were meant to explain.
     */
    public static FlightRecordings start(Path folder, Map<String, Long> jvms) throws IOException {
        Files.createDirectories(folder);
        for (Long pid : jvms.values()) {
            jcmd(pid, "JFR.start", "name=" + NAME, "settings=" + SETTINGS);
        }
        Recording client;
        try {
            client = new Recording(Configuration.getConfiguration(SETTINGS));
        } catch (ParseException e) {
            throw new IOException("the JDK's recording settings cannot be read", e);
        }
        client.start();
        return new FlightRecordings(folder, jvms, client);
    }

    /** Stops every recording and writes it; returns part name → recording file. */
    public Map<String, Path> stop() throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Map.Entry<String, Long> jvm : jvms.entrySet()) {
            Path file = fileOf(jvm.getKey());
            jcmd(jvm.getValue(), "JFR.stop", "name=" + NAME, "filename=" + file);
            files.put(jvm.getKey(), file);
        }
        Path clientFile = fileOf("benchmark client");
        client.stop();
        client.dump(clientFile);
        files.put("benchmark client", clientFile);
        return files;
    }

    @Override
    public void close() {
        client.close();
    }

    private Path fileOf(String part) {
        return folder.resolve(part.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-+$", "") + ".jfr")
                .toAbsolutePath();
    }

    private static void jcmd(long pid, String... command) throws IOException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(
                        "jcmd " + String.join(" ", command) + " on process " + pid + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for jcmd", e);
        }
    }
}
