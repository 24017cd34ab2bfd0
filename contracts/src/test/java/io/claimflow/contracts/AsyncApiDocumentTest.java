package io.claimflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document must describe exactly the topics declared in {@link Topics}. */
class AsyncApiDocumentTest {

    private static JsonNode asyncApi;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SchemaConformanceTest.resource("asyncapi.yaml")) {
            asyncApi = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void isAsyncApi3() {
        assertThat(asyncApi.path("asyncapi").asText()).startsWith("3.");
    }

    @Test
    void hasOneChannelPerTopicWithItsEventTypeAndSchema() {
        Set<String> addresses = new HashSet<>();
        asyncApi.path("channels")
                .forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(addresses)
                .containsExactlyInAnyOrderElementsOf(
                        Topics.ALL.stream().map(Topic::name).toList());

        for (Topic<?> topic : Topics.ALL) {
            JsonNode channel = asyncApi.path("channels").path(topic.alias());
            assertThat(channel.path("address").asText())
                    .as("channel %s", topic.alias())
                    .isEqualTo(topic.name());
            String ref = channel.path("messages").elements().next().path("$ref").asText();
            JsonNode message = asyncApi.at(ref.substring(1));
            assertThat(message.path("title").asText()).isEqualTo(topic.eventType());
            assertThat(message.path("name").asText())
                    .isEqualTo(topic.valueType().getSimpleName());
            assertThat(message.at("/payload/schema/$ref").asText()).isEqualTo(topic.schema());
        }
    }

    @Test
    void namesOnlyDeclaredDeadLetterAndRedriveTopics() {
        List<String> names = Pattern.compile("claimflow\\.[a-z0-9.-]+?\\.(dlq|redrive)\\b")
                .matcher(asyncApi.path("info").path("description").asText())
                .results()
                .map(MatchResult::group)
                .toList();
        assertThat(names)
                .isNotEmpty()
                .allSatisfy(name -> assertThat(
                                Topics.DEAD_LETTER_TOPICS.contains(name) || Topics.REDRIVE_TOPICS.contains(name))
                        .as("%s is declared", name)
                        .isTrue());
    }

    @Test
    void declaresEverySendAndReceiveOperation() {
        for (Topic<?> topic : Topics.ALL) {
            Set<String> actions = new HashSet<>();
            asyncApi.path("operations").forEach(operation -> {
                if (operation.at("/channel/$ref").asText().equals("#/channels/" + topic.alias())) {
                    actions.add(operation.path("action").asText());
                }
            });
            assertThat(actions).as("operations on %s", topic.name()).containsExactlyInAnyOrder("send", "receive");
        }
    }
}
