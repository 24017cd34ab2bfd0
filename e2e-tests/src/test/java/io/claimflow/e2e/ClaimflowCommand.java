package io.claimflow.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The claimflow command run as a user runs it: {@code java -jar claimflow.jar ...} in a process of its own. */
final class ClaimflowCommand {

    private ClaimflowCommand() {}

    /** A finished run: exit code and what it printed. */
    record Run(int exitCode, String output) {}

    /** Where the end-to-end tests keep what the commands and services print. */
    static Path logs() {
        return Path.of(System.getProperty("claimflow.e2e.logs", "target/e2e-logs"));
    }

    static Process start(Path output, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dclaimflow.home="
                + Path.of(System.getProperty("claimflow.home")).toAbsolutePath().normalize());
        command.add("-jar");
        command.add(Path.of(System.getProperty("claimflow.cli.jar"))
                .toAbsolutePath()
                .toString());
        command.addAll(List.of(arguments));
        Files.createDirectories(output.getParent());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    /** Runs the command to its end (or kills it after the timeout) and returns what it printed. */
    static Run run(Path output, Duration timeout, String... arguments) throws IOException, InterruptedException {
        Process process = start(output, arguments);
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("claimflow " + String.join(" ", arguments) + " did not end within " + timeout
                    + ":\n" + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output));
    }

    /** Waits until the output of a running command holds the text. */
    static void awaitOutput(Process process, Path output, String text, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(output) || !Files.readString(output).contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' from claimflow (alive: " + process.isAlive() + "):\n"
                        + (Files.exists(output) ? Files.readString(output) : ""));
            }
            Thread.sleep(250);
        }
    }

    /** The arguments of {@code claimflow up} on the given data folder and ports. */
    static String[] upOn(Path data, int kafka, int ingest, int extract, int store, int match) {
        return new String[] {
            "up",
            "--data",
            data.toString(),
            "--kafka-port",
            "" + kafka,
            "--ingest-port",
            "" + ingest,
            "--extract-port",
            "" + extract,
            "--store-port",
            "" + store,
            "--match-port",
            "" + match
        };
    }

    /** The postmaster of the data folder, from the pid file PostgreSQL keeps there while it runs. */
    static List<ProcessHandle> postgresOf(Path data) throws IOException {
        Path pidFile = data.resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return List.of();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        return ProcessHandle.of(pid).stream().toList();
    }
}
