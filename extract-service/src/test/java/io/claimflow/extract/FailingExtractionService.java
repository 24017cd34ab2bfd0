package io.claimflow.extract;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.Extraction;
import io.claimflow.extract.service.ExtractionService;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * For {@link EngineFailureTest} only: the engine failing as a broken one would, on the documents that ask for it. A
 * singleton, because a subclass with constructor injection cannot be proxied.
 */
@Alternative
@Singleton
public class FailingExtractionService extends ExtractionService {

    static final String THROWS = "ENGINE-THROWS";
    static final String OVERFLOWS = "ENGINE-OVERFLOWS";

    public FailingExtractionService(ClaimflowEngine engine) {
        super(engine);
    }

    @Override
    public Extraction extract(DocumentSubmitted document) {
        if (document.text().startsWith(THROWS)) {
            throw new IllegalStateException("the engine broke on this document");
        }
        if (document.text().startsWith(OVERFLOWS)) {
            return descend(0);
        }
        return super.extract(document);
    }

    /** Recursion without end: a real StackOverflowError, as a runaway parser would throw. */
    private Extraction descend(int depth) {
        return depth < 0 ? null : descend(depth + 1);
    }
}
