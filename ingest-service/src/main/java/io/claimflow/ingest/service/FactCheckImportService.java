package io.claimflow.ingest.service;

import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.ingest.messaging.FactCheckPublisher;
import io.claimflow.ingest.messaging.KnownFactChecks;
import io.claimflow.ingest.messaging.Publication;
import io.claimflow.ingest.service.ImportOutcome.Entry;
import io.claimflow.ingest.service.ImportOutcome.Reason;
import io.claimflow.ingest.service.ImportOutcome.Status;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Imports fact-checks into the library: each under the id Kafka knows it by (its own, or the one its URL was imported
 * under), and publishes only the new and revised ones, so an import repeated is answered without publishing anything.
 * An import is checked whole before anything is published. Two imports of one fact-check at the same moment may both
 * publish it: the topic is compacted by id and every reader keeps the latest version, so that costs a record, not a
 * duplicate.
 */
@ApplicationScoped
public class FactCheckImportService {

    /** Fact-checks handed to Kafka at once: enough to fill produce requests, few enough for the emitter's buffer. */
    private static final int IN_FLIGHT = 64;

    private final FactCheckPublisher publisher;
    private final KnownFactChecks known;
    private final Clock clock = Clock.systemUTC();

    public FactCheckImportService(FactCheckPublisher publisher, KnownFactChecks known) {
        this.publisher = publisher;
        this.known = known;
    }

    /** The outcome once Kafka acknowledged every new or revised fact-check of the import. */
    public Uni<ImportOutcome> importAll(List<FactCheck> factChecks, String submitter) {
        if (!known.caughtUp()) {
            return Uni.createFrom().item(new ImportOutcome.Unavailable(Reason.CATCHING_UP, 0));
        }
        Map<String, Integer> positionById = new HashMap<>();
        Map<String, String> versionById = new HashMap<>();
        Map<String, FactCheck> toPublish = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (FactCheck given : factChecks) {
            String knownId = known.idOfUrl(given.url());
            boolean idDerived = given.url() != null && given.id().equals(StableIds.factCheckId(given.url()));
            if (knownId != null && !knownId.equals(given.id()) && !idDerived) {
                return Uni.createFrom().item(new ImportOutcome.UrlConflict(given.url(), knownId, given.id()));
            }
            // Without an id of its own, a fact-check is the one its URL was imported as, whatever id that got.
            FactCheck factCheck = knownId == null || knownId.equals(given.id()) ? given : withId(given, knownId);
            String version = StableIds.factCheckVersion(factCheck);
            Integer earlier = positionById.putIfAbsent(factCheck.id(), entries.size());
            if (earlier != null) {
                if (!versionById.get(factCheck.id()).equals(version)) {
                    return Uni.createFrom()
                            .item(new ImportOutcome.RepeatedId(factCheck.id(), earlier + 1, entries.size() + 1));
                }
                entries.add(entries.get(earlier));
                continue;
            }
            versionById.put(factCheck.id(), version);
            String knownVersion = known.version(factCheck.id());
            Status status = knownVersion == null
                    ? Status.IMPORTED
                    : knownVersion.equals(version) ? Status.UNCHANGED : Status.REVISED;
            if (status != Status.UNCHANGED) {
                toPublish.put(factCheck.id(), factCheck);
            }
            entries.add(new Entry(factCheck.id(), status));
        }
        return publish(List.copyOf(toPublish.values()), submitter)
                .map(published -> published == toPublish.size()
                        ? new ImportOutcome.Taken(entries)
                        : new ImportOutcome.Unavailable(Reason.KAFKA_UNAVAILABLE, published));
    }

    /** How many of the fact-checks Kafka acknowledged; each one is known from then on. */
    private Uni<Integer> publish(List<FactCheck> factChecks, String submitter) {
        if (factChecks.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Instant now = clock.instant();
        return Multi.createFrom()
                .iterable(factChecks)
                .onItem()
                .transformToUni(factCheck -> publisher
                        .publish(new FactCheckImported(factCheck, now, submitter))
                        .invoke(publication -> {
                            if (publication == Publication.ACKNOWLEDGED) {
                                known.record(factCheck);
                            }
                        }))
                .merge(IN_FLIGHT)
                .filter(publication -> publication == Publication.ACKNOWLEDGED)
                .collect()
                .with(Collectors.counting())
                .map(Long::intValue);
    }

    private static FactCheck withId(FactCheck factCheck, String id) {
        return new FactCheck(
                id,
                factCheck.url(),
                factCheck.claimReviewed(),
                factCheck.title(),
                factCheck.verdict(),
                factCheck.publisher(),
                factCheck.claimant(),
                factCheck.datePublished(),
                factCheck.language(),
                factCheck.appearances(),
                factCheck.body());
    }
}
