package io.claimflow.cli.bench;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The broker's own request metrics ({@code kafka.network:type=RequestMetrics}), read over JMX from the {@code claimflow
 * up} process that runs it (attached to locally, as {@code jconsole} does): how many requests of each kind a run made,
 * how long they took on average, and how much of that the broker spent waiting rather than working (a fetch waits in
 * purgatory for {@code fetch.min.bytes} or {@code fetch.max.wait.ms}; a produce with {@code acks=all} for its
 * replicas).
 */
public final class BrokerRequests implements AutoCloseable {

    private static final String TOTAL = "TotalTimeMs";
    private static final String REMOTE = "RemoteTimeMs";

    private final JMXConnector connector;
    private final MBeanServerConnection server;

    private BrokerRequests(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
    }

    /** Connects to the broker in the given process. */
    public static BrokerRequests attach(long pid) throws IOException {
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(Long.toString(pid));
        } catch (AttachNotSupportedException e) {
            throw new IOException("cannot attach to process " + pid + ": " + e.getMessage(), e);
        }
        try {
            String address = vm.startLocalManagementAgent();
            return new BrokerRequests(JMXConnectorFactory.connect(new JMXServiceURL(address)));
        } finally {
            vm.detach();
        }
    }

    /** Count and summed milliseconds of each request kind so far, in total and waiting. */
    public Map<String, Totals> snapshot() throws IOException {
        Map<String, Totals> totals = new TreeMap<>();
        try {
            for (ObjectName name :
                    server.queryNames(new ObjectName("kafka.network:type=RequestMetrics,name=" + TOTAL + ",*"), null)) {
                String request = name.getKeyProperty("request");
                ObjectName remote =
                        new ObjectName("kafka.network:type=RequestMetrics,name=" + REMOTE + ",request=" + request);
                totals.put(request, new Totals(count(name), sum(name), server.isRegistered(remote) ? sum(remote) : 0));
            }
        } catch (JMException e) {
            throw new IOException("the broker's request metrics cannot be read: " + e.getMessage(), e);
        }
        return totals;
    }

    /** Requests of one kind: how many, and their summed total and waiting time in ms. */
    public record Totals(long count, double totalMillis, double remoteMillis) {}

    /** One line per request kind made between the snapshots: count, mean time, mean time waiting. */
    public static List<String> since(Map<String, Totals> before, Map<String, Totals> after) {
        Map<String, String> lines = new LinkedHashMap<>();
        after.forEach((request, now) -> {
            Totals then = before.getOrDefault(request, new Totals(0, 0, 0));
            long count = now.count() - then.count();
            if (count > 0) {
                lines.put(
                        request,
                        String.format(
                                Locale.ROOT,
                                "  %-24s %8d requests  mean %7.1f ms, of which waiting %7.1f ms",
                                request,
                                count,
                                (now.totalMillis() - then.totalMillis()) / count,
                                (now.remoteMillis() - then.remoteMillis()) / count));
            }
        });
        return new ArrayList<>(lines.values());
    }

    private long count(ObjectName histogram) throws JMException, IOException {
        return ((Number) server.getAttribute(histogram, "Count")).longValue();
    }

    /** The histogram's sum: its mean over everything it saw, times how many. */
    private double sum(ObjectName histogram) throws JMException, IOException {
        return ((Number) server.getAttribute(histogram, "Mean")).doubleValue() * count(histogram);
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
