package io.claimflow.service.kafka;

import io.claimflow.contracts.topic.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Creates the topics a service uses when they are missing, so a fresh broker with automatic topic creation off works.
 * Retries in the background while the broker is unreachable instead of failing start-up (ingest must be up to answer
 * 503), and keeps the service not-ready until the topics exist.
 */
@Readiness
@ApplicationScoped
public class TopicBootstrap implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(TopicBootstrap.class);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

    private final TopicBootstrapConfig config;
    private final String bootstrapServers;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "claimflow-topic-bootstrap");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean topicsReady;
    private volatile String lastFailure = "not attempted yet";

    public TopicBootstrap(
            TopicBootstrapConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        retries.execute(this::attempt);
    }

    void onStop(@Observes ShutdownEvent event) {
        retries.shutdownNow();
    }

    private void attempt() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis()))) {
            createMissing(admin);
            topicsReady = true;
            LOG.infof("Kafka topics ready on %s: %s", bootstrapServers, config.topics());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            lastFailure = e.getMessage();
            LOG.warnf(
                    "Cannot make sure the Kafka topics exist on %s yet (%s); retrying in %s",
                    bootstrapServers, e.getMessage(), config.retryInterval());
            retries.schedule(this::attempt, config.retryInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The topic's settings: the size limit every topic shares, and compaction where the contract declares it. */
    private Map<String, String> configOf(String topic) {
        return Map.of(
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                Integer.toString(config.maxMessageBytes()),
                TopicConfig.CLEANUP_POLICY_CONFIG,
                Topics.isCompacted(topic) ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
    }

    private void createMissing(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Optional<Short> replication =
                config.replicationFactor() > 0 ? Optional.of(config.replicationFactor()) : Optional.empty();
        List<NewTopic> missing = config.topics().stream()
                .filter(topic -> !existing.contains(topic))
                .map(topic ->
                        new NewTopic(topic, Optional.of(config.partitions()), replication).configs(configOf(topic)))
                .toList();
        if (!missing.isEmpty()) {
            try {
                admin.createTopics(missing).all().get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                // Another service may create the same topic at the same moment; that is success too.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        // Topics made before (or by another service) get the same limit; setting it again changes nothing.
        AlterConfigOp limit = new AlterConfigOp(
                new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(config.maxMessageBytes())),
                AlterConfigOp.OpType.SET);
        Map<ConfigResource, Collection<AlterConfigOp>> limits = new HashMap<>();
        config.topics()
                .forEach(topic -> limits.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(limit)));
        admin.incrementalAlterConfigs(limits).all().get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        warnOfFewerPartitions(admin, existing);
    }

    /**
     * Says which existing topics have fewer partitions than configured, and leaves them so: adding partitions moves
     * keys to other partitions, which breaks a document's order across the change and, on a compacted topic, leaves a
     * key's older value in another partition than its newer one. Raising them is the operator's decision (README,
     * "Scaling out").
     */
    private void warnOfFewerPartitions(Admin admin, Set<String> existing)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<String> ours = config.topics().stream().filter(existing::contains).toList();
        admin
                .describeTopics(ours)
                .allTopicNames()
                .get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .values()
                .stream()
                .filter(topic -> topic.partitions().size() < config.partitions())
                .forEach(topic -> LOG.warnf(
                        "%s has %d partitions, fewer than claimflow.kafka.partitions (%d): at most %d instances of a"
                                + " consumer group get work; kafka-topics --alter --partitions raises them",
                        topic.name(),
                        topic.partitions().size(),
                        config.partitions(),
                        topic.partitions().size()));
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka-topics")
                .status(topicsReady)
                .withData("topics", String.join(",", config.topics()))
                .withData("lastFailure", topicsReady ? "" : lastFailure)
                .build();
    }
}
