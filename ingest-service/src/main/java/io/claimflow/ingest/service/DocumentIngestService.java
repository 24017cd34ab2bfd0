package io.claimflow.ingest.service;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.ingest.mapping.SubmissionMapper;
import io.claimflow.ingest.messaging.DocumentPublisher;
import io.claimflow.ingest.rest.DocumentSubmission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Accepts a submission: gives it its id and hands it to Kafka. */
@ApplicationScoped
public class DocumentIngestService {

    private final SubmissionMapper mapper;
    private final DocumentPublisher publisher;
    private final Clock clock = Clock.systemUTC();

    public DocumentIngestService(SubmissionMapper mapper, DocumentPublisher publisher) {
        this.mapper = mapper;
        this.publisher = publisher;
    }

    /** The published event, once Kafka acknowledged it. */
    public Uni<DocumentSubmitted> ingest(DocumentSubmission submission) {
        DocumentSubmitted document = mapper.toEvent(submission, clock.instant());
        return publisher.publish(document).replaceWith(document);
    }
}
