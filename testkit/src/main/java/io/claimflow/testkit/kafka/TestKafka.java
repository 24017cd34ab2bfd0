package io.claimflow.testkit.kafka;

import io.claimflow.stack.EmbeddedKafkaBroker;
import java.lang.System.Logger.Level;

/**
 * The Kafka broker of a test run, one per JVM: the broker named by {@code CLAIMFLOW_TEST_KAFKA_BOOTSTRAP}, else a real
 * broker started in this JVM. Says in the log which one the run uses.
 */
public final class TestKafka {

    public static final String BOOTSTRAP_ENV = "CLAIMFLOW_TEST_KAFKA_BOOTSTRAP";

    /**
     * Where the embedded broker's address is kept for the whole JVM: Quarkus loads this class again for each test
     * profile (a new class loader per application start), and a restarted application must find the same broker, with
     * its topics and the group's offsets, not a new empty one.
     */
    private static final String SHARED_PROPERTY = "claimflow.test.kafka.bootstrap";

    /**
     * Set (to true) by a module whose tests restart their application on one broker (match-service): then the broker is
     * kept for the whole JVM. Elsewhere each class loader keeps its own, so a test that stops and restarts it
     * ({@link #embedded}) holds the broker it uses.
     */
    public static final String SHARE_PROPERTY = "claimflow.test.kafka.share-across-applications";

    private static final System.Logger LOG = System.getLogger(TestKafka.class.getName());
    private static EmbeddedKafkaBroker embedded;
    private static String bootstrapServers;

    private TestKafka() {}

    /** The bootstrap servers of this run's broker, starting it on first use. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String external = System.getenv(BOOTSTRAP_ENV);
            boolean sharing = Boolean.getBoolean(SHARE_PROPERTY);
            String shared = sharing ? System.getProperty(SHARED_PROPERTY) : null;
            if (shared != null) {
                bootstrapServers = shared;
                LOG.log(Level.INFO, "Tests use this JVM''s embedded Kafka broker at {0}", shared);
            } else if (external != null && !external.isBlank()) {
                bootstrapServers = external;
                LOG.log(Level.INFO, "Tests use the Kafka broker at {0} (from {1})", external, BOOTSTRAP_ENV);
            } else {
                long started = System.nanoTime();
                embedded = EmbeddedKafkaBroker.createTemporary().start();
                bootstrapServers = embedded.bootstrapServers();
                if (sharing) {
                    System.setProperty(SHARED_PROPERTY, bootstrapServers);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop, "claimflow-kafka-stop"));
                LOG.log(
                        Level.INFO,
                        "Tests use an embedded Apache Kafka broker (KRaft, in this JVM) at {0}, data in {1}, started "
                                + "in {2} ms",
                        bootstrapServers,
                        embedded.dataDirectory(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        return bootstrapServers;
    }

    /**
     * The embedded broker, for tests that stop and restart it; fails when the run uses an external broker or one that
     * another class loader of this JVM started.
     */
    public static synchronized EmbeddedKafkaBroker embedded() {
        bootstrapServers();
        if (embedded == null) {
            throw new IllegalStateException("this run uses the external broker from " + BOOTSTRAP_ENV);
        }
        return embedded;
    }
}
