package io.claimflow.cli.bench;

import io.claimflow.cli.stack.LocalStack;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a benchmark observes of a local stack while it runs: the CPU of each part (always, where the stack runs on this
 * machine) and, when asked to profile, a Flight Recorder recording of every JVM, the broker's request metrics and
 * PostgreSQL's statement statistics.
 */
public final class StackProfile implements AutoCloseable {

    private final StackCpu cpu;
    private final StackCpu.Snapshot cpuBefore;
    private final FlightRecordings recordings;
    private final BrokerRequests broker;
    private final Map<String, BrokerRequests.Totals> brokerBefore;
    private final StatementStatistics statements;

    private StackProfile(
            StackCpu cpu,
            FlightRecordings recordings,
            BrokerRequests broker,
            Map<String, BrokerRequests.Totals> brokerBefore,
            StatementStatistics statements) {
        this.cpu = cpu;
        this.cpuBefore = cpu == null ? null : cpu.snapshot();
        this.recordings = recordings;
        this.broker = broker;
        this.brokerBefore = brokerBefore;
        this.statements = statements;
    }

    /**
     * Starts observing the stack of the checkout; with a folder, also records and reads the broker. Without a local
     * stack there is nothing to observe, which only a profile cannot do without.
     */
    public static StackProfile start(Path checkout, Path recordingFolder) throws IOException {
        Optional<StackCpu> cpu = StackCpu.find(checkout);
        if (recordingFolder == null) {
            return new StackProfile(cpu.orElse(null), null, null, Map.of(), null);
        }
        StackCpu stack = cpu.orElseThrow(StackCpu::notFound);
        StatementStatistics statements = null;
        Optional<Integer> postgres = stack.postgresPort();
        if (postgres.isPresent()) {
            try {
                statements = StatementStatistics.start(postgres.get(), LocalStack.DATABASE);
            } catch (SQLException e) {
                throw new IOException("PostgreSQL's statement statistics cannot be read: " + e.getMessage(), e);
            }
        }
        BrokerRequests broker = BrokerRequests.attach(stack.jvms().get(StackCpu.BROKER));
        return new StackProfile(
                stack, FlightRecordings.start(recordingFolder, stack.jvms()), broker, broker.snapshot(), statements);
    }

    /** Stops observing; the report's lines. */
    public List<String> stop() throws IOException {
        List<String> lines = new ArrayList<>();
        if (cpu != null) {
            lines.add("CPU during the run, by part of the stack (from /proc):");
            lines.addAll(cpu.snapshot().since(cpuBefore));
        }
        if (broker != null) {
            lines.add("Broker requests during the run (its RequestMetrics):");
            lines.addAll(BrokerRequests.since(brokerBefore, broker.snapshot()));
        }
        if (statements != null) {
            lines.add("PostgreSQL statements during the run (pg_stat_statements), most time first:");
            try {
                lines.addAll(statements.lines());
            } catch (SQLException e) {
                lines.add("  cannot be read: " + e.getMessage());
            }
        }
        if (recordings != null) {
            for (Map.Entry<String, Path> recording : recordings.stop().entrySet()) {
                lines.add("Java CPU samples of " + recording.getKey() + " (" + recording.getValue() + "):");
                lines.addAll(JfrSummary.lines(JfrSummary.samplesByPart(
                        recording.getValue(), recording.getKey().equals(StackCpu.BROKER))));
            }
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        if (recordings != null) {
            recordings.close();
        }
        if (broker != null) {
            broker.close();
        }
    }
}
