package io.claimflow.service.kafka;

import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Publishes the topic names declared in {@link Topics} as configuration ({@code claimflow.topic.<alias>} and
 * {@code claimflow.topic.<alias>.dlq}), so that channel configuration refers to them instead of writing a topic name a
 * second time. The names are the contract's, so no deployment source overrides them; {@link TopicNamesCheck} refuses
 * channels configured with any other topic.
 */
public class TopicConfigSource implements ConfigSource {

    /** Above every source a deployment sets (application.properties 250, environment 300, system properties 400). */
    private static final int ORDINAL = 10_000;

    private static final Map<String, String> PROPERTIES = topicProperties();

    private static Map<String, String> topicProperties() {
        Map<String, String> properties = new HashMap<>();
        for (Topic<?> topic : Topics.ALL) {
            properties.put("claimflow.topic." + topic.alias(), topic.name());
            properties.put("claimflow.topic." + topic.alias() + ".dlq", topic.deadLetterTopic());
        }
        return Map.copyOf(properties);
    }

    @Override
    public Set<String> getPropertyNames() {
        return PROPERTIES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTIES.get(propertyName);
    }

    @Override
    public String getName() {
        return "claimflow-topics";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
