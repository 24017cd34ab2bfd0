package io.claimflow.store.service;

import io.claimflow.store.config.StoreConfig;
import io.claimflow.store.mapping.StoredClaim;
import io.claimflow.store.query.ClaimFilter;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The live feeds of {@code GET /claims/stream}: the claims stored after the last one sent, read with the same filter
 * SQL as {@code GET /claims}.
 */
@ApplicationScoped
public class ClaimFeed {

    private final LiveFeeds<ClaimFilter, StoredClaim> feeds;

    public ClaimFeed(ClaimQueryService queries, StoreConfig config, FeedSlots slots) {
        feeds = new LiveFeeds<>("claimflow-claim-feed", queries::storedAfter, queries::latestSeq, config, slots);
    }

    /** Starts a feed of the claims matching the filter, after {@code resumeAfter} or, if null, from now. */
    public FeedSubscription subscribe(ClaimFilter filter, Long resumeAfter, FeedSink<StoredClaim> sink) {
        return feeds.subscribe(filter, resumeAfter, sink);
    }

    void onClaimsStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimsStored stored) {
        feeds.wake();
    }

    void onStop(@Observes ShutdownEvent event) {
        feeds.close();
    }
}
