package io.claimflow.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM spent its Java CPU time, from a JDK Flight Recorder file: each execution sample is put in the part of the
 * code it ran for, decided by its first frame outside the JDK (a regex the engine runs counts for the engine). The
 * categories are Claimflow's parts, so a recording of any service or of the broker reads the same way.
 */
public final class JfrSummary {

    private static final String KAFKA_BROKER = "Kafka broker";
    private static final String KAFKA_CLIENT = "Kafka client";

    /** Package prefixes and the part they stand for; the first that matches a sample's frame wins. */
    private static final List<Map.Entry<String, String>> PARTS = List.of(
            Map.entry("io.claimflow.engine.", "engine"),
            Map.entry("io.claimflow.markup.", "engine"),
            Map.entry("opennlp.", "engine"),
            Map.entry("com.ibm.icu.", "engine"),
            Map.entry("org.jsoup.", "engine"),
            Map.entry("io.claimflow.contracts.serde.", "JSON (de)serialisation"),
            Map.entry("com.fasterxml.jackson.", "JSON (de)serialisation"),
            Map.entry("com.github.luben.zstd.", "compression"),
            Map.entry("org.xerial.snappy.", "compression"),
            Map.entry("kafka.", KAFKA_BROKER),
            Map.entry("scala.", KAFKA_BROKER),
            Map.entry("com.yammer.metrics.", KAFKA_BROKER),
            Map.entry("org.apache.kafka.storage.", KAFKA_BROKER),
            Map.entry("org.apache.kafka.server.", KAFKA_BROKER),
            Map.entry("org.apache.kafka.raft.", KAFKA_BROKER),
            Map.entry("org.apache.kafka.controller.", KAFKA_BROKER),
            Map.entry("org.apache.kafka.metadata.", KAFKA_BROKER),
            Map.entry("org.apache.kafka.coordinator.", KAFKA_BROKER),
            Map.entry("org.apache.kafka.", KAFKA_CLIENT),
            Map.entry("io.smallrye.reactive.messaging.", "messaging framework"),
            Map.entry("io.smallrye.mutiny.", "messaging framework"),
            Map.entry("org.postgresql.", "database (JDBC, Hibernate, transactions)"),
            Map.entry("org.hibernate.", "database (JDBC, Hibernate, transactions)"),
            Map.entry("io.agroal.", "database (JDBC, Hibernate, transactions)"),
            Map.entry("com.arjuna.", "database (JDBC, Hibernate, transactions)"),
            Map.entry("io.narayana.", "database (JDBC, Hibernate, transactions)"),
            Map.entry("org.flywaydb.", "database (JDBC, Hibernate, transactions)"),
            Map.entry("io.vertx.", "HTTP and web framework"),
            Map.entry("io.netty.", "HTTP and web framework"),
            Map.entry("org.jboss.resteasy.", "HTTP and web framework"),
            Map.entry("io.quarkus.", "HTTP and web framework"),
            Map.entry("io.micrometer.", "metrics"),
            Map.entry("io.claimflow.", "Claimflow service code"));

    private static final String JDK_ONLY = "JDK only (threads, I/O, collections)";
    private static final String OTHER = "other libraries";

    private JfrSummary() {}

    /**
     * Execution samples by part, most first. In the broker's JVM the Kafka code the clients share (network, records) is
     * the broker's.
     */
    public static Map<String, Long> samplesByPart(Path recording, boolean broker) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    String part = partOf(event.getStackTrace());
                    counts.merge(broker && part.equals(KAFKA_CLIENT) ? KAFKA_BROKER : part, 1L, Long::sum);
                }
            }
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /** The summary as lines: each part's share of the samples. */
    public static List<String> lines(Map<String, Long> samples) {
        long total = samples.values().stream().mapToLong(Long::longValue).sum();
        return samples.entrySet().stream()
                .map(part -> String.format(
                        Locale.ROOT,
                        "  %-42s %6d samples  %5.1f %%",
                        part.getKey(),
                        part.getValue(),
                        100.0 * part.getValue() / total))
                .toList();
    }

    static String partOf(RecordedStackTrace stack) {
        if (stack == null) {
            return JDK_ONLY;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame() || frame.getMethod() == null) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            if (isJdk(type)) {
                continue;
            }
            return PARTS.stream()
                    .filter(part -> type.startsWith(part.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(OTHER);
        }
        return JDK_ONLY;
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.")
                || type.startsWith("javax.")
                || type.startsWith("jdk.")
                || type.startsWith("sun.")
                || type.startsWith("com.sun.");
    }
}
