package io.claimflow.store.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.contracts.serde.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads stored narratives and matches (kept as the records' JSON) back into the contract's shapes. */
@ApplicationScoped
public class NarrativeMapper {

    private static final TypeReference<List<ClaimMatched.Match>> MATCHES = new TypeReference<>() {};

    public NarrativeUpdated toNarrative(String json) {
        return read(json, EventJson.mapper().getTypeFactory().constructType(NarrativeUpdated.class));
    }

    public List<ClaimMatched.Match> toMatches(String json) {
        return read(json, EventJson.mapper().getTypeFactory().constructType(MATCHES));
    }

    private static <T> T read(String json, com.fasterxml.jackson.databind.JavaType type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON that its contract cannot read: " + e.getMessage(), e);
        }
    }
}
