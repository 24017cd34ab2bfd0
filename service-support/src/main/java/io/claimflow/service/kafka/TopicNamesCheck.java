package io.claimflow.service.kafka;

import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a service whose channels name a topic that {@link Topics} does not declare: topic names are part of
 * the public contract, so a deployment that renames one would silently split the pipeline from the consumers that
 * subscribe by the contract's name.
 */
@ApplicationScoped
public class TopicNamesCheck {

    private static final Pattern TOPIC_PROPERTY = Pattern.compile(
            "mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(dead-letter-queue\\.)?topics?|claimflow\\.kafka\\.topics");
    private static final Set<String> CONTRACT_NAMES = Stream.of(
                    Topics.ALL.stream().map(Topic::name),
                    Topics.DEAD_LETTER_TOPICS.stream(),
                    Topics.REDRIVE_TOPICS.stream())
            .flatMap(names -> names)
            .collect(Collectors.toUnmodifiableSet());

    private final Config config;

    public TopicNamesCheck(Config config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        Map<String, String> topicProperties = new TreeMap<>();
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> TOPIC_PROPERTY.matcher(name).matches())
                .forEach(name -> config.getOptionalValue(name, String.class)
                        .ifPresent(value -> topicProperties.put(name, value)));
        List<String> misnamed = misnamed(topicProperties);
        if (!misnamed.isEmpty()) {
            throw new IllegalStateException("Topic names are fixed by the contracts ("
                    + String.join(", ", CONTRACT_NAMES.stream().sorted().toList())
                    + "); these settings name other topics: " + String.join("; ", misnamed));
        }
    }

    /** The settings among the given topic settings (name → comma-separated topics) that name a topic of no contract. */
    static List<String> misnamed(Map<String, String> topicProperties) {
        return topicProperties.entrySet().stream()
                .filter(setting -> Arrays.stream(setting.getValue().split(","))
                        .map(String::strip)
                        .anyMatch(topic -> !CONTRACT_NAMES.contains(topic)))
                .map(setting -> setting.getKey() + "=" + setting.getValue())
                .toList();
    }
}
