package io.claimflow.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a benchmark observes of a local stack while it runs: the CPU of each part (always, where the stack runs on this
 * machine) and, when asked to profile, a Flight Recorder recording of every JVM and the broker's request metrics.
 */
public final class StackProfile implements AutoCloseable {

    private final StackCpu cpu;
    private final StackCpu.Snapshot cpuBefore;
    private final FlightRecordings recordings;
    private final BrokerRequests broker;
    private final Map<String, BrokerRequests.Totals> brokerBefore;

    private StackProfile(
            StackCpu cpu,
            FlightRecordings recordings,
            BrokerRequests broker,
            Map<String, BrokerRequests.Totals> brokerBefore) {
        this.cpu = cpu;
        this.cpuBefore = cpu == null ? null : cpu.snapshot();
        this.recordings = recordings;
        this.broker = broker;
        this.brokerBefore = brokerBefore;
    }

    /**
     * Starts observing the stack of the checkout; with a folder, also records and reads the broker. Without a local
     * stack there is nothing to observe, which only a profile cannot do without.
     */
    public static StackProfile start(Path checkout, Path recordingFolder) throws IOException {
        Optional<StackCpu> cpu = StackCpu.find(checkout);
        if (recordingFolder == null) {
            return new StackProfile(cpu.orElse(null), null, null, Map.of());
        }
        StackCpu stack = cpu.orElseThrow(StackCpu::notFound);
        BrokerRequests broker = BrokerRequests.attach(stack.jvms().get(StackCpu.BROKER));
        return new StackProfile(
                stack, FlightRecordings.start(recordingFolder, stack.jvms()), broker, broker.snapshot());
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
