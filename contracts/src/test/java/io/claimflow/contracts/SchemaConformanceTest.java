package io.claimflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed JSON Schemas and the event records must describe the same events. */
class SchemaConformanceTest {

    static Stream<Topic<?>> topics() {
        return Topics.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void schemaPropertiesMatchRecordComponents(Topic<?> topic) {
        JsonNode schema = schemaOf(topic);
        compare(topic.valueType(), schema, schema, topic.valueType().getSimpleName());
    }

    @Test
    void everySampleEventValidatesAgainstItsSchema() {
        for (ClaimflowEvent event : SampleEvents.all()) {
            Topic<?> topic = Topics.forValueType(event.getClass());
            List<String> errors =
                    SchemaValidation.validate(topic, EventJson.mapper().valueToTree(event));
            assertThat(errors).as("%s against %s", event, topic.schema()).isEmpty();
        }
    }

    @Test
    void everyTopicHasItsOwnSchemaFile() {
        Set<String> schemas = Topics.ALL.stream().map(Topic::schema).collect(Collectors.toSet());
        assertThat(schemas).hasSize(Topics.ALL.size());
        Topics.ALL.forEach(topic -> assertThat(schemaOf(topic).path("title").asText())
                .isEqualTo(topic.valueType().getSimpleName()));
    }

    /** Walks a record and its schema together, failing on any field one has and the other lacks. */
    private static void compare(Class<?> recordType, JsonNode root, JsonNode schema, String path) {
        JsonNode resolved = resolve(root, schema);
        assertThat(types(resolved)).as("JSON type of %s", path).contains("object");
        Set<String> components = Arrays.stream(recordType.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> properties = new TreeSet<>();
        resolved.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).as("schema properties of %s", path).isEqualTo(components);
        for (RecordComponent component : recordType.getRecordComponents()) {
            JsonNode property = resolve(root, resolved.path("properties").path(component.getName()));
            compareType(component.getGenericType(), root, property, path + "." + component.getName());
        }
    }

    private static void compareType(Type type, JsonNode root, JsonNode property, String path) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertThat(types(property)).as("JSON type of %s", path).contains("array");
            compareType(list.getActualTypeArguments()[0], root, resolve(root, property.path("items")), path + "[]");
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            compare(raw, root, property, path);
        } else if (raw.isEnum()) {
            Set<String> wireNames = Arrays.stream(raw.getEnumConstants())
                    .map(constant -> EventJson.mapper().valueToTree(constant).asText())
                    .collect(Collectors.toSet());
            Set<String> allowed = new HashSet<>();
            property.path("enum").forEach(value -> allowed.add(value.asText()));
            assertThat(allowed).as("enum values of %s", path).isEqualTo(wireNames);
        } else {
            assertThat(types(property)).as("JSON type of %s", path).contains(jsonTypeOf(raw));
        }
    }

    private static String jsonTypeOf(Class<?> type) {
        if (type == String.class || type == Instant.class || type == LocalDate.class) {
            return "string";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == double.class || type == Double.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        throw new AssertionError("the contract test does not know how " + type + " maps to JSON");
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        Set<String> types = new HashSet<>();
        if (type.isArray()) {
            type.forEach(value -> types.add(value.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : schema;
    }

    static JsonNode schemaOf(Topic<?> topic) {
        try (InputStream in = resource(topic.schema())) {
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream resource(String path) {
        InputStream in = ClaimflowEvent.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as("resource %s", path).isNotNull();
        return in;
    }
}
