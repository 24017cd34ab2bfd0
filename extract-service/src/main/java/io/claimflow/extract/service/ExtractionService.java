package io.claimflow.extract.service;

import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.engine.ClaimExtractor;
import io.claimflow.engine.Extraction;
import io.claimflow.engine.SourceDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Runs the engine over a submitted document and describes the outcome as events. */
@ApplicationScoped
public class ExtractionService {

    private final ClaimExtractor engine;
    private final Clock clock = Clock.systemUTC();

    public ExtractionService(ClaimExtractor engine) {
        this.engine = engine;
    }

    public Extraction extract(DocumentSubmitted document) {
        return engine.extract(new SourceDocument(document.documentId(), document.text(), document.language()));
    }

    public DocumentProcessed processed(Extraction extraction) {
        return new DocumentProcessed(
                extraction.documentId(),
                DocumentProcessed.Status.PROCESSED,
                extraction.language(),
                extraction.claims().size(),
                engine.descriptor(),
                clock.instant(),
                null);
    }

    public DocumentProcessed failed(String documentId, String error) {
        return new DocumentProcessed(
                documentId, DocumentProcessed.Status.FAILED, null, 0, engine.descriptor(), clock.instant(), error);
    }
}
