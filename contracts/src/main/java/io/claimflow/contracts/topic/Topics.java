package io.claimflow.contracts.topic;

import io.claimflow.contracts.event.AlertFired;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.contracts.event.NarrativeUpdated;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/** Every topic of Claimflow, declared once: services, tests, the AsyncAPI document and the README follow this. */
public final class Topics {

    public static final String INGEST_SERVICE = "ingest-service";
    public static final String EXTRACT_SERVICE = "extract-service";
    public static final String STORE_SERVICE = "store-service";
    public static final String MATCH_SERVICE = "match-service";
    public static final String DOWNSTREAM = "downstream";

    /** The Claimflow services; each one that consumes a topic does so in a consumer group of its own. */
    public static final List<String> SERVICES = List.of(INGEST_SERVICE, EXTRACT_SERVICE, STORE_SERVICE, MATCH_SERVICE);

    public static final Topic<DocumentSubmitted> DOCUMENTS = new Topic<>(
            "documents",
            "claimflow.documents.v1",
            "documentId",
            DocumentSubmitted.class,
            "io.claimflow.document.submitted.v1",
            "schemas/document-submitted.v1.schema.json",
            INGEST_SERVICE,
            List.of(EXTRACT_SERVICE, STORE_SERVICE),
            false);

    public static final Topic<ClaimExtracted> CLAIMS = new Topic<>(
            "claims",
            "claimflow.claims.v1",
            "documentId",
            ClaimExtracted.class,
            "io.claimflow.claim.extracted.v1",
            "schemas/claim-extracted.v1.schema.json",
            EXTRACT_SERVICE,
            List.of(STORE_SERVICE, MATCH_SERVICE, DOWNSTREAM),
            false);

    public static final Topic<DocumentProcessed> DOCUMENT_STATUS = new Topic<>(
            "document-status",
            "claimflow.document-status.v1",
            "documentId",
            DocumentProcessed.class,
            "io.claimflow.document.processed.v1",
            "schemas/document-processed.v1.schema.json",
            EXTRACT_SERVICE,
            List.of(STORE_SERVICE, DOWNSTREAM),
            false);

    public static final Topic<ClaimMatched> CLAIM_MATCHES = new Topic<>(
            "claim-matches",
            "claimflow.claim-matches.v1",
            "claimId",
            ClaimMatched.class,
            "io.claimflow.claim.matched.v1",
            "schemas/claim-matched.v1.schema.json",
            MATCH_SERVICE,
            List.of(STORE_SERVICE, DOWNSTREAM),
            false);

    public static final Topic<NarrativeUpdated> NARRATIVES = new Topic<>(
            "narratives",
            "claimflow.narratives.v1",
            "narrativeId",
            NarrativeUpdated.class,
            "io.claimflow.narrative.updated.v1",
            "schemas/narrative-updated.v1.schema.json",
            MATCH_SERVICE,
            List.of(STORE_SERVICE, DOWNSTREAM),
            true);

    public static final Topic<FactCheckImported> FACT_CHECKS = new Topic<>(
            "factchecks",
            "claimflow.factchecks.v1",
            "factCheckId",
            FactCheckImported.class,
            "io.claimflow.factcheck.imported.v1",
            "schemas/factcheck-imported.v1.schema.json",
            INGEST_SERVICE,
            List.of(STORE_SERVICE, MATCH_SERVICE, DOWNSTREAM),
            true);

    /**
     * Keyed by watch id: a consumer (or a webhook bridge) following one watch reads its alerts on one partition, in the
     * order they fired; alerts of one claim for many watches need no order among themselves.
     */
    public static final Topic<AlertFired> ALERTS = new Topic<>(
            "alerts",
            "claimflow.alerts.v1",
            "watchId",
            AlertFired.class,
            "io.claimflow.alert.fired.v1",
            "schemas/alert-fired.v1.schema.json",
            STORE_SERVICE,
            List.of(DOWNSTREAM),
            false);

    public static final List<Topic<?>> ALL =
            List.of(DOCUMENTS, CLAIMS, DOCUMENT_STATUS, CLAIM_MATCHES, NARRATIVES, FACT_CHECKS, ALERTS);

    /**
     * store-service's dead letters of the alerts whose webhook kept failing: it delivers the alerts it writes, and no
     * group of Claimflow reads them back, so they are not re-driven.
     */
    public static final String ALERT_DELIVERY_DEAD_LETTERS = ALERTS.deadLetterTopic(STORE_SERVICE);

    /** Every dead-letter topic: each consumer group's for each topic it reads, and the alerts' webhook deliveries'. */
    public static final List<String> DEAD_LETTER_TOPICS = Stream.concat(
                    ALL.stream().flatMap(topic -> topic.consumers().stream().map(topic::deadLetterTopic)),
                    Stream.of(ALERT_DELIVERY_DEAD_LETTERS))
            .toList();

    /** Every redrive topic: each consumer group's for each topic it reads. */
    public static final List<String> REDRIVE_TOPICS = ALL.stream()
            .flatMap(topic -> topic.consumers().stream().map(topic::redriveTopic))
            .toList();

    private Topics() {}

    /** The topic whose values are of the given event type. */
    @SuppressWarnings("unchecked")
    public static <V extends ClaimflowEvent> Topic<V> forValueType(Class<V> valueType) {
        return (Topic<V>) ALL.stream()
                .filter(topic -> topic.valueType().equals(valueType))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no topic carries " + valueType.getName()));
    }

    /** Whether the topic of this name is compacted; dead-letter, redrive and other topics outside it are not. */
    public static boolean isCompacted(String name) {
        return ALL.stream().anyMatch(topic -> topic.name().equals(name) && topic.compacted());
    }

    /** The topic with the given name. */
    public static Topic<?> named(String name) {
        return ALL.stream()
                .filter(topic -> topic.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no Claimflow topic is named " + name));
    }
}
