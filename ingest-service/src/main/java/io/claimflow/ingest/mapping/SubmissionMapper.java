package io.claimflow.ingest.mapping;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.contracts.identity.StableIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Turns a validated submission into the {@code DocumentSubmitted} event. */
@ApplicationScoped
public class SubmissionMapper {

    public DocumentSubmitted toEvent(DocumentSubmission submission, Instant receivedAt, String submitter) {
        return new DocumentSubmitted(
                documentId(submission),
                submission.text(),
                blankToNull(submission.url()),
                blankToNull(submission.title()),
                LanguageCodes.normalize(submission.language()),
                submission.publishedAt() == null
                        ? null
                        : OffsetDateTime.parse(submission.publishedAt().strip()).toInstant(),
                blankToNull(submission.source()),
                receivedAt,
                submitter);
    }

    /** The client's id, or else the one its text and URL give. */
    public String documentId(DocumentSubmission submission) {
        return submission.id() != null
                ? submission.id()
                : StableIds.documentId(submission.text(), blankToNull(submission.url()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
