package io.claimflow.cli.bench;

import io.claimflow.cli.stack.StackSettings;
import io.claimflow.stack.ClaimflowService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CPU time each part of a local stack used during a benchmark, read from Linux's {@code /proc}: the broker (it runs
 * in the {@code claimflow up} process), each service, PostgreSQL, the benchmark client, and whatever else ran on the
 * machine. Process-level, so it counts what a profiler inside a JVM does not see: garbage collection, JIT compilation,
 * PostgreSQL's backends.
 */
public final class StackCpu {

    /** Linux's clock ticks per second for {@code /proc/<pid>/stat}, fixed at 100 on every architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private static final Path PROC = Path.of("/proc");

    private static final String POSTGRES = "PostgreSQL";
    /** The part that is the {@code claimflow up} process, which runs the broker. */
    public static final String BROKER = "broker (claimflow up)";

    private final Map<String, List<Long>> parts;
    /** What the embedded PostgreSQL server's command line holds: its data folder, after {@code -D}. */
    private final String postgresServer;

    private final Path postgresDirectory;

    private StackCpu(Map<String, List<Long>> parts, Path postgresDirectory) {
        this.parts = parts;
        this.postgresDirectory = postgresDirectory;
        this.postgresServer = "\0-D\0" + postgresDirectory + "\0";
    }

    /** The embedded PostgreSQL's data folder (empty of a server when the stack uses an external database). */
    public Path postgresDirectory() {
        return postgresDirectory;
    }

    /** The processes of the stack started by {@code claimflow up} from {@code home}, if it runs on this machine. */
    public static Optional<StackCpu> find(Path home) {
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return Optional.empty();
        }
        Map<String, List<Long>> parts = new LinkedHashMap<>();
        List<ProcessHandle> all = ProcessHandle.allProcesses().toList();
        Optional<ProcessHandle> up = all.stream()
                .filter(process -> isUp(commandLine(process.pid()), home))
                .findFirst();
        if (up.isEmpty()) {
            return Optional.empty();
        }
        parts.put(BROKER, List.of(up.get().pid()));
        for (ClaimflowService service : ClaimflowService.values()) {
            String jar = service.jarIn(home).toString();
            parts.put(
                    service.serviceName(),
                    all.stream()
                            .filter(process -> commandLine(process.pid()).contains(jar))
                            .map(ProcessHandle::pid)
                            .toList());
        }
        parts.put(POSTGRES, List.of());
        parts.put("benchmark client", List.of(ProcessHandle.current().pid()));
        return Optional.of(new StackCpu(
                parts, StackSettings.postgresDirectory(dataDirectoryOf(up.get().pid(), home))));
    }

    /** The JVMs among the parts (the broker's and the services'), by part name. */
    public Map<String, Long> jvms() {
        Map<String, Long> jvms = new LinkedHashMap<>();
        parts.forEach((part, pids) -> {
            if (!part.equals(POSTGRES)
                    && pids.size() == 1
                    && pids.get(0) != ProcessHandle.current().pid()) {
                jvms.put(part, pids.get(0));
            }
        });
        return jvms;
    }

    /** The port of the embedded PostgreSQL server, read from its command line; empty for an external database. */
    public Optional<Integer> postgresPort() {
        return ProcessHandle.allProcesses()
                .map(process -> commandLine(process.pid()))
                .filter(line -> line.contains(postgresServer))
                .findFirst()
                .flatMap(line -> {
                    List<String> arguments = List.of(line.split("\0"));
                    int port = arguments.indexOf("-p");
                    return port >= 0 && port + 1 < arguments.size()
                            ? Optional.of(Integer.parseInt(arguments.get(port + 1)))
                            : Optional.empty();
                });
    }

    /** Why a profile cannot be taken: no stack of this checkout runs on this machine. */
    public static IllegalStateException notFound() {
        return new IllegalStateException(
                "no stack started by ./claimflow up from this checkout runs on this machine (Linux /proc)");
    }

    /** CPU seconds used so far by each part, and by the whole machine. */
    public Snapshot snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        parts.forEach((part, pids) -> seconds.put(
                part, pids.stream().mapToDouble(StackCpu::cpuSeconds).sum()));
        // PostgreSQL starts a backend per connection: its processes are looked up anew each time.
        seconds.put(
                POSTGRES,
                ProcessHandle.allProcesses()
                        .filter(process -> isPostgresOf(process, postgresServer))
                        .mapToDouble(process -> cpuSeconds(process.pid()))
                        .sum());
        return new Snapshot(seconds, machineBusySeconds());
    }

    /** CPU seconds by part at one moment. */
    public record Snapshot(Map<String, Double> byPart, double machine) {

        /** One line per part: CPU seconds between {@code before} and this snapshot and the share of the machine's. */
        public List<String> since(Snapshot before) {
            double machineUsed = machine - before.machine;
            List<String> lines = new ArrayList<>();
            double parts = 0;
            for (Map.Entry<String, Double> part : byPart.entrySet()) {
                double used = part.getValue() - before.byPart.getOrDefault(part.getKey(), 0.0);
                parts += used;
                lines.add(line(part.getKey(), used, machineUsed));
            }
            lines.add(line("everything else on the machine", Math.max(0, machineUsed - parts), machineUsed));
            return lines;
        }

        private static String line(String part, double used, double machineUsed) {
            return String.format(
                    Locale.ROOT,
                    "  %-32s %8.1f s  %5.1f %%",
                    part,
                    used,
                    machineUsed > 0 ? 100 * used / machineUsed : 0);
        }
    }

    private static boolean isUp(String commandLine, Path home) {
        return commandLine.contains("claimflow.jar\0up")
                && commandLine.contains(
                        "-Dclaimflow.home=" + home.toAbsolutePath().normalize());
    }

    /**
     * The embedded PostgreSQL server of the {@code up} process (its launcher leaves it to init, so it is found by its
     * data folder, which is under up's {@code --data}) and the server's children, its backends.
     */
    private static boolean isPostgresOf(ProcessHandle process, String server) {
        if (!process.info().command().orElse("").endsWith("/postgres")) {
            return false;
        }
        return commandLine(process.pid()).contains(server)
                || process.parent()
                        .map(parent -> commandLine(parent.pid()).contains(server))
                        .orElse(false);
    }

    /** The data folder of a {@code claimflow up} process: its {@code --data}, from where it was started. */
    private static Path dataDirectoryOf(long upPid, Path home) {
        List<String> arguments = List.of(commandLine(upPid).split("\0"));
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String value = argument.startsWith("--data=")
                    ? argument.substring("--data=".length())
                    : argument.equals("--data") && i + 1 < arguments.size() ? arguments.get(i + 1) : null;
            if (value != null) {
                try {
                    Path cwd = PROC.resolve(Long.toString(upPid)).resolve("cwd").toRealPath();
                    return cwd.resolve(value).toAbsolutePath().normalize();
                } catch (IOException e) {
                    return Path.of(value).toAbsolutePath().normalize();
                }
            }
        }
        return StackSettings.defaultDataDirectory(home);
    }

    private static String commandLine(long pid) {
        try {
            return new String(
                    Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline")), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** User and system time of the process and of its children that ended (PostgreSQL's finished backends). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11])
                    + Long.parseLong(fields[12])
                    + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double machineBusySeconds() {
        try {
            String[] cpu =
                    Files.readAllLines(PROC.resolve("stat")).get(0).trim().split("\\s+");
            long busy = 0;
            // user nice system idle iowait irq softirq steal: everything but idle and iowait is work.
            for (int i = 1; i <= 8 && i < cpu.length; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
