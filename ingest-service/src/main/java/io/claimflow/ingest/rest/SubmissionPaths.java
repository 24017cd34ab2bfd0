package io.claimflow.ingest.rest;

import java.util.Optional;
import java.util.stream.Stream;

/** The paths that take submissions, which the filters guard alike: API keys, content types. */
final class SubmissionPaths {

    static final String DOCUMENTS = "/documents";
    static final String FACT_CHECKS = "/factchecks";

    private SubmissionPaths() {}

    /** The submission endpoint a request path is under, if any. */
    static Optional<String> endpoint(String path) {
        return Stream.of(DOCUMENTS, FACT_CHECKS).filter(path::startsWith).findFirst();
    }
}
