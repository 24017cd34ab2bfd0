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
        String url = blankToNull(submission.url());
        String id = submission.id() != null ? submission.id() : StableIds.documentId(submission.text(), url);
        return new DocumentSubmitted(
                id,
                submission.text(),
                url,
                blankToNull(submission.title()),
                LanguageCodes.normalize(submission.language()),
                submission.publishedAt() == null
                        ? null
                        : OffsetDateTime.parse(submission.publishedAt().strip()).toInstant(),
                blankToNull(submission.source()),
                receivedAt,
                submitter);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
