package io.claimflow.store.service;

import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.store.config.StoreConfig;
import io.claimflow.store.query.NarrativeFilter;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The live feeds of {@code GET /narratives/stream}: every narrative revision stored after the last one sent (merges
 * included, so a client learns where a narrative went), read with the same filter SQL as {@code GET /narratives}.
 */
@ApplicationScoped
public class NarrativeFeed {

    private final LiveFeeds<NarrativeFilter, NarrativeUpdated> feeds;

    public NarrativeFeed(NarrativeQueryService queries, StoreConfig config, FeedSlots slots) {
        feeds = new LiveFeeds<>("claimflow-narrative-feed", queries::storedAfter, queries::latestSeq, config, slots);
    }

    /** Starts a feed of the narratives matching the filter, after {@code resumeAfter} or, if null, from now. */
    public FeedSubscription subscribe(NarrativeFilter filter, Long resumeAfter, FeedSink<NarrativeUpdated> sink) {
        return feeds.subscribe(filter, resumeAfter, sink);
    }

    void onNarrativesStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) NarrativesStored stored) {
        feeds.wake();
    }

    void onStop(@Observes ShutdownEvent event) {
        feeds.close();
    }
}
