package io.claimflow.store.query;

import io.claimflow.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Reads the parameters of {@code GET /documents/{id}/claims} into a {@link DocumentClaimsQuery}. */
@ApplicationScoped
public class DocumentClaimsQueryParser {

    private final StoreConfig config;

    public DocumentClaimsQueryParser(StoreConfig config) {
        this.config = config;
    }

    /** The query a request asks for, or what is wrong with it. */
    public ParsedQuery<DocumentClaimsQuery> parse(Map<String, List<String>> parameters) {
        ParameterReading read = new ParameterReading(parameters);
        int limit = read.limit(config.maxDocumentClaims(), config.maxDocumentClaims());
        DocumentClaimPosition after = read.cursor(PageCursor::decodeDocumentClaim, "a document's claims");
        return read.result(new DocumentClaimsQuery(limit, after));
    }
}
