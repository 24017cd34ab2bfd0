package io.claimflow.contracts.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of a named entity mentioned in a claim. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    GROUP,
    EVENT,
    OTHER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static EntityType fromWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
