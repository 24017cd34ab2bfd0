package io.claimflow.ingest.mapping;

/** A request body that holds no document to read; its message says what to send instead. */
public class UnreadableDocument extends RuntimeException {

    /** Why no document could be read. */
    public enum Reason {
        /** Nothing was sent, or only a JSON null. */
        EMPTY,
        /** Something other than one JSON object was sent. */
        NOT_AN_OBJECT,
        /** An HTML page without readable text. */
        NO_TEXT
    }

    private final Reason reason;

    public UnreadableDocument(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
