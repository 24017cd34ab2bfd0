package io.claimflow.contracts.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Objects;

/**
 * A document accepted by ingest-service, value of {@code claimflow.documents.v1}.
 *
 * @param documentId the client's id, or one derived from the content (see {@code DocumentIds})
 * @param text the submitted text; every claim span is an offset into it
 * @param url where the document was published, if known
 * @param title the document's title, if known
 * @param language ISO 639-1 code declared by the client, or null to let the engine detect it
 * @param publishedAt when the document was published, if known
 * @param source the publisher or feed name, if known
 * @param receivedAt when ingest-service accepted the document
 * @param submitter who submitted it (the API key's owner), or null when ingest runs without keys
 */
public record DocumentSubmitted(
        String documentId,
        String text,
        String url,
        String title,
        String language,
        Instant publishedAt,
        String source,
        Instant receivedAt,
        String submitter)
        implements ClaimflowEvent {

    public DocumentSubmitted {
        Required.text(documentId, "documentId");
        Objects.requireNonNull(text, "text is required");
        Objects.requireNonNull(receivedAt, "receivedAt is required");
    }

    @Override
    @JsonIgnore
    public String key() {
        return documentId;
    }

    @Override
    @JsonIgnore
    public String eventId() {
        return documentId;
    }

    @Override
    @JsonIgnore
    public Instant eventTime() {
        return receivedAt;
    }
}
