package io.claimflow.ingest.service;

import java.util.List;

/** What became of one import of fact-checks; {@code rest/} answers each kind with its status code. */
public sealed interface ImportOutcome {

    /** What became of one fact-check of an import that was taken. */
    enum Status {
        /** Kafka did not have this fact-check: published. */
        IMPORTED,
        /** Kafka had another version of it (a verdict revised, a title corrected): the new one published. */
        REVISED,
        /** Kafka had this very version: nothing published. */
        UNCHANGED
    }

    /** One fact-check of an import, under the id it is known by. */
    record Entry(String id, Status status) {}

    /** Every fact-check of the import is on the topic, in the import's order. */
    record Taken(List<Entry> entries) implements ImportOutcome {
        public Taken {
            entries = List.copyOf(entries);
        }

        /** Whether the import changed the library. */
        public boolean changed() {
            return entries.stream().anyMatch(entry -> entry.status() != Status.UNCHANGED);
        }
    }

    /** A URL already imported under another id than the one given; nothing was published. */
    record UrlConflict(String url, String knownId, String givenId) implements ImportOutcome {}

    /** One id twice in the import with different content; nothing was published. */
    record RepeatedId(String id, int first, int second) implements ImportOutcome {}

    /**
     * The import cannot be taken now; the same import later can, and publishes only what Kafka does not have.
     *
     * @param reason why not now
     * @param published how many of its fact-checks Kafka acknowledged before it gave up
     */
    record Unavailable(Reason reason, int published) implements ImportOutcome {}

    /** Why an import cannot be taken now. */
    enum Reason {
        /** Kafka did not acknowledge every fact-check in time, or counts as down. */
        KAFKA_UNAVAILABLE,
        /** The service is still reading back the fact-checks Kafka has, so it cannot tell new from known. */
        CATCHING_UP
    }
}
