package io.claimflow.contracts.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of extracting one document, value of {@code claimflow.document-status.v1}. It follows the document's
 * claims, so {@code claimCount} tells a consumer how many claims to expect.
 *
 * @param documentId the document
 * @param status whether extraction succeeded
 * @param language ISO 639-1 code of the document's main language, or "und"
 * @param claimCount how many {@code ClaimExtracted} events the document produced
 * @param extractor what extracted the claims
 * @param processedAt when extraction finished
 * @param error why extraction failed, or null
 */
public record DocumentProcessed(
        String documentId,
        Status status,
        String language,
        int claimCount,
        ClaimExtracted.Extractor extractor,
        Instant processedAt,
        String error)
        implements ClaimflowEvent {

    public DocumentProcessed {
        Required.text(documentId, "documentId");
        Objects.requireNonNull(status, "status is required");
        Required.notNegative(claimCount, "claimCount");
        Objects.requireNonNull(extractor, "extractor is required");
        Objects.requireNonNull(processedAt, "processedAt is required");
    }

    /** One status event per document and extractor version, so that is the event's identity. */
    @Override
    @JsonIgnore
    public String key() {
        return documentId;
    }

    @Override
    @JsonIgnore
    public String eventId() {
        return documentId + "/" + extractor.name() + "/" + extractor.version();
    }

    @Override
    @JsonIgnore
    public Instant eventTime() {
        return processedAt;
    }

    /** The outcome of extraction. */
    public enum Status {
        PROCESSED,
        FAILED;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Status fromWireName(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
