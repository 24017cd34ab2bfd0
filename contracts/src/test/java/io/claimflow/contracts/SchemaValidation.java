package io.claimflow.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.claimflow.contracts.topic.Topic;
import java.util.List;

/** Validates JSON against a topic's committed schema with an independent JSON Schema implementation. */
final class SchemaValidation {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private SchemaValidation() {}

    static List<String> validate(Topic<?> topic, JsonNode json) {
        JsonSchema schema = FACTORY.getSchema(SchemaConformanceTest.schemaOf(topic));
        return schema.validate(json).stream().map(ValidationMessage::getMessage).toList();
    }
}
