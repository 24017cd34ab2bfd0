package io.claimflow.store.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.claimflow.contracts.serde.EventJson;

/** Values the store keeps as JSON (jsonb columns, lists bound as one value), written and read as the topics do. */
public final class StoredJson {

    private StoredJson() {}

    /** The value as JSON text. */
    public static String write(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getMessage(), e);
        }
    }

    /** The value the JSON text holds. */
    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON that cannot be read back: " + e.getMessage(), e);
        }
    }
}
