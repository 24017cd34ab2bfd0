package io.claimflow.service.rest;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every kind of problem a Claimflow service answers with, declared once: the URN clients branch on and the HTTP status
 * it goes with. Metrics and batch answers take the kind from here, never from the URN text.
 */
public enum ProblemKind {
    // Reading the body.
    EMPTY_BODY(400),
    INVALID_JSON(400),
    UNKNOWN_FIELD(400),
    INVALID_FIELD(400),
    INVALID_DOCUMENT(400),
    INVALID_FACT_CHECK(400),
    INVALID_ENCODING(400),
    BINARY_BODY(400),
    NO_TEXT(400),
    ONE_FILE(400),
    INVALID_PARAMETER(400),
    BODY_TOO_LARGE(413),
    BATCH_TOO_LARGE(413),
    TEXT_TOO_LONG(413),
    TOO_MANY_SENTENCES(413),
    NO_CONTENT_TYPE(415),
    UNSUPPORTED_CHARSET(415),
    UNSUPPORTED_FILE(415),
    UNSUPPORTED_MEDIA_TYPE(415),
    // Who asks and what they ask for.
    UNAUTHORIZED(401),
    NOT_FOUND(404),
    CLAIM_NOT_FOUND(404),
    DOCUMENT_NOT_FOUND(404),
    NARRATIVE_NOT_FOUND(404),
    FACT_CHECK_NOT_FOUND(404),
    WATCH_NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    ID_CONFLICT(409),
    /** Any other 4xx the framework answers by itself; its status is the framework's. */
    REQUEST_REFUSED(400),
    // The service cannot answer now.
    KAFKA_UNAVAILABLE(503),
    CATCHING_UP(503),
    OUTCOME_UNKNOWN(503),
    DATABASE_UNAVAILABLE(503),
    TOO_MANY_STREAMS(503),
    INTERNAL(500);

    private static final String URN_PREFIX = "urn:claimflow:problem:";

    private final int status;
    private final String slug;

    ProblemKind(int status) {
        this.status = status;
        this.slug = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The HTTP status of this kind of problem. */
    public int status() {
        return status;
    }

    /** The kind's short name, as metrics label it and as the URN ends ({@code invalid-json}). */
    public String slug() {
        return slug;
    }

    /** The {@code type} URN of the problem body. */
    public String urn() {
        return URN_PREFIX + slug;
    }

    /** The generic kind the framework's own answer with this status stands for. */
    public static ProblemKind ofStatus(int status) {
        return Stream.of(NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE, UNAUTHORIZED)
                .filter(kind -> kind.status == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL : REQUEST_REFUSED);
    }
}
