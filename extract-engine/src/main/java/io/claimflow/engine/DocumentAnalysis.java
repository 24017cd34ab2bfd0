package io.claimflow.engine;

import java.util.List;

/**
 * Every sentence of a document with what each stage found, for callers that want more than the claims.
 *
 * @param documentId the document
 * @param language the document's main language, ISO 639-1 or "und"
 * @param sentences the sentences in document order
 */
public record DocumentAnalysis(String documentId, String language, List<AnalyzedSentence> sentences) {

    public DocumentAnalysis {
        sentences = List.copyOf(sentences);
    }
}
