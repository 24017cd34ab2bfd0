package io.claimflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards existing consumers. The files under {@code compat/} are events exactly as the v1 topics carried them when the
 * contract was published; never edit them, only add new ones. Today's records must read them, today's schema must
 * accept them, and today's producers must still write every field they have, with the same JSON type, or a consumer
 * written against v1 would break: that change needs a new topic.
 */
class ConsumerCompatibilityTest {

    static Stream<Topic<?>> topics() {
        return Topics.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void publishedEventsStillReadAndValidate(Topic<?> topic) throws IOException {
        JsonNode published = published(topic);
        ClaimflowEvent event = new EventDeserializer<>(topic.valueType())
                .deserialize(topic.name(), EventJson.mapper().writeValueAsBytes(published));
        assertThat(event).isNotNull();
        assertThat(SchemaValidation.validate(topic, published)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void todaysEventsKeepEveryPublishedFieldAndType(Topic<?> topic) throws IOException {
        JsonNode published = published(topic);
        ClaimflowEvent event = EventJson.mapper().treeToValue(published, topic.valueType());
        JsonNode today = EventJson.mapper().valueToTree(event);
        assertSameShape(published, today, topic.valueType().getSimpleName());
    }

    private static void assertSameShape(JsonNode published, JsonNode today, String path) {
        if (published.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = published.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertThat(today.has(field.getKey()))
                        .as("%s.%s is still written", path, field.getKey())
                        .isTrue();
                assertSameShape(field.getValue(), today.get(field.getKey()), path + "." + field.getKey());
            }
        } else if (published.isArray()) {
            assertThat(today.isArray()).as("%s is still an array", path).isTrue();
            for (int i = 0; i < published.size(); i++) {
                assertSameShape(published.get(i), today.get(i), path + "[" + i + "]");
            }
        } else if (!published.isNull()) {
            assertThat(today.getNodeType()).as("JSON type of %s", path).isEqualTo(published.getNodeType());
            assertThat(today).as("value of %s", path).isEqualTo(published);
        }
    }

    private static JsonNode published(Topic<?> topic) throws IOException {
        try (InputStream in = SchemaConformanceTest.resource("compat/" + topic.name() + ".json")) {
            return EventJson.mapper().readTree(in);
        }
    }
}
