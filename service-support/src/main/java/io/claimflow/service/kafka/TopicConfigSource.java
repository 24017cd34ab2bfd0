package io.claimflow.service.kafka;

import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Publishes the topic names declared in {@link Topics} as configuration, so that channel configuration refers to them
 * instead of writing a topic name a second time: {@code claimflow.topic.<alias>} for every topic, and for each topic
 * the service consumes its own consumer group's {@code claimflow.topic.<alias>.dlq} and
 * {@code claimflow.topic.<alias>.redrive}. The group is the service, {@code quarkus.application.name}. The names are
 * the contract's, so no deployment source overrides them; {@link TopicNamesCheck} refuses channels configured with any
 * other topic.
 */
public class TopicConfigSource implements ConfigSource {

    /** Above every source a deployment sets (application.properties 250, environment 300, system properties 400). */
    private static final int ORDINAL = 10_000;

    private final Map<String, String> properties;

    TopicConfigSource(String group) {
        this.properties = topicProperties(group);
    }

    /** The names as configuration for the service {@code group} (null or another name: the topics' own only). */
    static Map<String, String> topicProperties(String group) {
        Map<String, String> properties = new HashMap<>();
        boolean service = group != null && Topics.SERVICES.contains(group);
        for (Topic<?> topic : Topics.ALL) {
            String prefix = "claimflow.topic." + topic.alias();
            properties.put(prefix, topic.name());
            if (service && Topics.DEAD_LETTER_TOPICS.contains(topic.deadLetterTopic(group))) {
                properties.put(prefix + ".dlq", topic.deadLetterTopic(group));
            }
            if (service && topic.consumers().contains(group)) {
                properties.put(prefix + ".redrive", topic.redriveTopic(group));
            }
        }
        return Map.copyOf(properties);
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "claimflow-topics";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    /** Makes the source once the service's name can be read from the sources below it. */
    public static class Factory implements ConfigSourceFactory {

        @Override
        public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
            ConfigValue name = context.getValue("quarkus.application.name");
            return List.of(new TopicConfigSource(name == null ? null : name.getValue()));
        }
    }
}
