package io.claimflow.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) running inside this JVM from Kafka's
 * own jars. It keeps its port and data directory across {@link #stop()} and {@link #start()}, so a test can take the
 * broker away and bring it back mid-stream.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /**
     * The services' {@code claimflow.kafka.partitions} default (their {@code TopicBootstrapConfig}), which
     * {@code ReadmeTest} holds equal to this: enough partitions for a few instances of each consumer group.
     */
    public static final int DEFAULT_PARTITIONS = 3;

    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private final Properties config;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path dataDirectory, int port, int controllerPort) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.config = configFor(dataDirectory, port, controllerPort);
    }

    /** A broker on the given port (0 for any free one) with its data in the directory, formatted if new. */
    public static EmbeddedKafkaBroker create(Path dataDirectory, int port) {
        int brokerPort = port == 0 ? FreePorts.next() : port;
        int controllerPort = FreePorts.next();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDirectory, brokerPort, controllerPort);
        broker.formatIfNew();
        return broker;
    }

    /** A broker on a free loopback port with its data in a fresh temporary directory. */
    public static EmbeddedKafkaBroker createTemporary() {
        try {
            return create(Files.createTempDirectory("claimflow-kafka-"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized EmbeddedKafkaBroker start() {
        if (server == null) {
            server = new KafkaRaftServer(new KafkaConfig(config), Time.SYSTEM);
            server.startup();
        }
        return this;
    }

    /** Stops the broker but keeps its data, like a broker process that was shut down. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        stop();
    }

    private void formatIfNew() {
        if (Files.exists(dataDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDirectory);
            Path configFile = Files.createTempFile("claimflow-kafka-", ".properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                config.store(out, "Claimflow embedded KRaft broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exit = StorageTool.execute(
                    new String[] {
                        "format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString(), "--standalone"
                    },
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            Files.deleteIfExists(configFile);
            if (exit != 0) {
                throw new IllegalStateException(
                        "formatting the KRaft storage failed: " + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Kafka data directory " + dataDirectory, e);
        }
    }

    /** The same setting as the services': {@code -Dclaimflow.kafka.partitions} or its environment variable. */
    static int partitions() {
        String configured =
                System.getProperty("claimflow.kafka.partitions", System.getenv("CLAIMFLOW_KAFKA_PARTITIONS"));
        return configured == null || configured.isBlank() ? DEFAULT_PARTITIONS : Integer.parseInt(configured.strip());
    }

    private static Properties configFor(Path dataDirectory, int port, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", dataDirectory.toAbsolutePath().toString());
        // One node: every internal topic has one replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The services create their topics with claimflow.kafka.partitions; a topic made without a count gets as many.
        props.put("num.partitions", Integer.toString(partitions()));
        // Services must create the topics they use, as against a production broker.
        props.put("auto.create.topics.enable", "false");
        return props;
    }
}
