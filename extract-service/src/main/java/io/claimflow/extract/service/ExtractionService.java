package io.claimflow.extract.service;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.Extraction;
import io.claimflow.engine.SourceDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** Runs the engine over documents and sentences, and describes the outcome of a document as events. */
@ApplicationScoped
public class ExtractionService {

    private final ClaimflowEngine engine;
    private final Clock clock = Clock.systemUTC();

    public ExtractionService(ClaimflowEngine engine) {
        this.engine = engine;
    }

    /** The document's claims, each carrying where the document came from. */
    public Extraction extract(DocumentSubmitted document) {
        Extraction extraction = extract(document.documentId(), document.text(), document.language());
        ClaimExtracted.Origin origin = new ClaimExtracted.Origin(
                document.url(), document.source(), document.publishedAt(), document.receivedAt());
        return new Extraction(
                extraction.documentId(),
                extraction.language(),
                extraction.claims().stream()
                        .map(claim -> claim.withOrigin(origin))
                        .toList());
    }

    public Extraction extract(String documentId, String text, String language) {
        return engine.extract(new SourceDocument(documentId, text, language));
    }

    /** Check-worthiness of each sentence, in the given language or, when null, the one detected for it. */
    public List<Double> score(List<String> sentences, String language) {
        if (language == null) {
            return Arrays.stream(engine.score(sentences)).boxed().toList();
        }
        return sentences.stream()
                .map(sentence -> engine.scorer().score(sentence, language))
                .toList();
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
