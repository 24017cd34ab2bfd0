package io.claimflow.factcheck;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimflow.contracts.serde.EventJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON values of a text, one after the other: a single document (pretty-printed or not) and NDJSON (one value per
 * line) are read alike, each value with the line it starts on.
 */
final class JsonValues {

    /** A top-level JSON value and the line it starts on. */
    record Located(int line, JsonNode node) {}

    private JsonValues() {}

    /** Every top-level value of the text, in order; text that is not JSON fails with its line and column. */
    static List<Located> read(String text) throws InvalidInputException {
        List<Located> values = new ArrayList<>();
        try (JsonParser parser = EventJson.mapper().createParser(text)) {
            while (parser.nextToken() != null) {
                int line = parser.currentTokenLocation().getLineNr();
                if (parser.currentToken() != JsonToken.START_OBJECT && parser.currentToken() != JsonToken.START_ARRAY) {
                    throw new InvalidInputException("line " + line + ": expected a JSON object or array");
                }
                values.add(new Located(line, EventJson.mapper().readTree(parser)));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new InvalidInputException(where + "not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InvalidInputException("cannot be read as JSON (" + e.getMessage() + ")");
        }
        return values;
    }

    /** The text of a field, null when absent or JSON null; a number is taken as its text, an object or array fails. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException(field + " must be text, was " + value.getNodeType());
        }
        return value.asText();
    }
}
