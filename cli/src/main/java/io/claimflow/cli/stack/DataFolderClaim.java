package io.claimflow.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code claimflow up} at a time on a data folder, and nothing left over from the last one: an {@code up} that died
 * without stopping its parts (kill -9, a closed terminal) leaves its services and PostgreSQL running, holding the ports
 * and the database folder. The claim holds a lock the operating system drops when its process dies, so a live
 * {@code up} is told apart from a dead one, and stops what a dead one left: the services, which carry this folder in
 * their command line ({@link #marker}), then the PostgreSQL server its pid file names.
 */
public final class DataFolderClaim implements AutoCloseable {

    /** The system property every service of an {@code up} carries: the data folder it belongs to. */
    static final String MARKER = "claimflow.up.data";

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final FileChannel channel;
    private final FileLock lock;
    private final List<String> stopped;

    private DataFolderClaim(FileChannel channel, FileLock lock, List<String> stopped) {
        this.channel = channel;
        this.lock = lock;
        this.stopped = List.copyOf(stopped);
    }

    /**
     * Claims the folder for this process, stopping what a dead {@code up} left running there.
     *
     * @throws IllegalStateException when another {@code up} runs on the folder
     */
    public static DataFolderClaim take(Path dataDirectory, Path postgresDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            Path lockFile = dataDirectory.resolve("up.lock");
            FileChannel channel = FileChannel.open(
                    lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder =
                        Files.readString(lockFile, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new IllegalStateException("another claimflow up (pid " + holder + ") runs on " + dataDirectory
                        + "; stop it first (Ctrl-C in its terminal) or give this one another --data folder");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(
                    String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            List<String> stopped = new ArrayList<>(stopServices(dataDirectory));
            stopPostgres(postgresDirectory).ifPresent(stopped::add);
            return new DataFolderClaim(channel, lock, stopped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim the data folder " + dataDirectory, e);
        }
    }

    /** The system property that marks a service as this folder's, to launch it with. */
    public static Map<String, String> marker(Path dataDirectory) {
        return Map.of(MARKER, dataDirectory.toString());
    }

    /** What a dead {@code up} had left running and this claim stopped, as "name (pid N)"; empty when nothing. */
    public List<String> stopped() {
        return stopped;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the data folder's lock", e);
        }
    }

    private static List<String> stopServices(Path dataDirectory) {
        String marked = "-D" + MARKER + "=" + dataDirectory;
        List<ProcessHandle> left = ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .arguments()
                        .map(arguments -> Arrays.asList(arguments).contains(marked))
                        .orElse(false))
                .toList();
        List<String> stopped = new ArrayList<>();
        for (ProcessHandle process : left) {
            stopped.add(serviceName(process) + " (pid " + process.pid() + ")");
        }
        stopAll(left);
        return stopped;
    }

    /** The server PostgreSQL's pid file names, if it still runs: services first, so no client keeps it waiting. */
    private static Optional<String> stopPostgres(Path postgresDirectory) throws IOException {
        Path pidFile = postgresDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty()
                ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                        .filter(process -> process.info()
                                .command()
                                .map(command -> command.endsWith("postgres"))
                                .orElse(false));
        server.ifPresent(process -> stopAll(List.of(process)));
        return server.map(process -> "PostgreSQL (pid " + process.pid() + ")");
    }

    /** SIGTERM to each, then SIGKILL to what still runs after the grace period. */
    private static void stopAll(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle process : processes) {
            while (process.isAlive() && System.nanoTime() < deadline) {
                sleep();
            }
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
        long killed = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle process : processes) {
            while (process.isAlive() && System.nanoTime() < killed) {
                sleep();
            }
        }
    }

    private static String serviceName(ProcessHandle process) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-jar")) {
                // .../extract-service/target/quarkus-app/quarkus-run.jar: the module's folder names the service.
                Path jar = Path.of(arguments[i + 1]);
                for (Path part = jar; part != null; part = part.getParent()) {
                    if (part.getFileName() != null
                            && part.getFileName().toString().endsWith("-service")) {
                        return part.getFileName().toString();
                    }
                }
            }
        }
        return "a service";
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping what the last claimflow up left", e);
        }
    }
}
