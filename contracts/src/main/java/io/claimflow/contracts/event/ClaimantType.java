package io.claimflow.contracts.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of claimant asserted a claim; {@code AUTHOR} for the document's own unattributed assertions. */
public enum ClaimantType {
    PERSON,
    ORGANIZATION,
    MEDIA,
    GOVERNMENT,
    ANONYMOUS,
    AUTHOR;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ClaimantType fromWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
