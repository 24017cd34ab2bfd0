package io.claimflow.store.service;

import io.claimflow.store.config.StoreConfig;
import io.claimflow.store.query.ClaimFilter;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The live feeds of {@code GET /claims/stream}. Each feed reads the claims stored after the last one it sent, with the
 * same filter SQL as {@code GET /claims}, so a feed and a query never disagree. A commit of new claims wakes every feed
 * at once; a timer catches what other store instances wrote. Events carry the claim's sequence number as id, so a
 * client that reconnects with Last-Event-ID misses nothing.
 */
@ApplicationScoped
public class ClaimFeed {

    private static final Logger LOG = Logger.getLogger(ClaimFeed.class);
    private static final int BATCH = 200;

    private final ClaimQueryService queries;
    private final StoreConfig config;
    private final Set<Feed> feeds = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "claimflow-claim-feed");
        thread.setDaemon(true);
        return thread;
    });

    public ClaimFeed(ClaimQueryService queries, StoreConfig config) {
        this.queries = queries;
        this.config = config;
    }

    /** Starts a feed of the claims matching the filter, after {@code resumeAfter} or, if null, from now. */
    public FeedSubscription subscribe(ClaimFilter filter, Long resumeAfter, FeedSink sink) {
        if (feeds.size() >= config.maxStreams()) {
            return new FeedSubscription.TooManyFeeds(config.maxStreams(), config.streamRetryAfter());
        }
        Feed feed = new Feed(filter, resumeAfter != null ? resumeAfter : queries.latestSeq(), sink);
        feeds.add(feed);
        long interval = config.streamPollInterval().toMillis();
        feed.timer = scheduler.scheduleWithFixedDelay(feed::poll, interval, interval, TimeUnit.MILLISECONDS);
        return new FeedSubscription.Started();
    }

    void onClaimsStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimsStored stored) {
        feeds.forEach(feed -> scheduler.execute(feed::poll));
    }

    void onStop(@Observes ShutdownEvent event) {
        feeds.forEach(Feed::close);
        scheduler.shutdownNow();
    }

    /** One client's feed: what it filters on, the last claim it was sent, and its connection. */
    private final class Feed {
        private final ClaimFilter filter;
        private final FeedSink sink;
        private final AtomicBoolean polling = new AtomicBoolean();
        private final AtomicBoolean wokenWhilePolling = new AtomicBoolean();
        private volatile long lastSeq;
        private volatile long lastSentAt = System.nanoTime();
        private volatile ScheduledFuture<?> timer;

        Feed(ClaimFilter filter, long lastSeq, FeedSink sink) {
            this.filter = filter;
            this.lastSeq = lastSeq;
            this.sink = sink;
        }

        /** Sends what was stored since the last event; one poll at a time, the next tick catches up. */
        void poll() {
            if (sink.isClosed()) {
                close();
                return;
            }
            if (!polling.compareAndSet(false, true)) {
                // A commit while a poll is under way: poll again right after it, not a timer tick later.
                wokenWhilePolling.set(true);
                return;
            }
            try {
                List<ClaimQueryService.Sequenced> fresh = queries.storedAfter(filter, lastSeq, BATCH);
                CompletionStage<?> sent = CompletableFuture.completedFuture(null);
                for (ClaimQueryService.Sequenced item : fresh) {
                    sent = sent.thenCompose(ignored -> sink.sendClaim(item.seq(), item.claim()));
                    lastSeq = item.seq();
                }
                boolean heartbeat = fresh.isEmpty()
                        && System.nanoTime() - lastSentAt
                                > config.streamHeartbeat().toNanos();
                if (heartbeat) {
                    sent = sink.sendKeepAlive();
                }
                if (!fresh.isEmpty() || heartbeat) {
                    lastSentAt = System.nanoTime();
                }
                sent.whenComplete((ignored, failure) -> {
                    polling.set(false);
                    if (failure != null) {
                        close();
                    } else if (fresh.size() == BATCH || wokenWhilePolling.getAndSet(false)) {
                        scheduler.execute(this::poll);
                    }
                });
            } catch (RuntimeException e) {
                polling.set(false);
                wokenWhilePolling.set(false);
                LOG.warnf(
                        "A live feed could not read new claims (%s); it tries again on the next tick", e.getMessage());
            }
        }

        void close() {
            feeds.remove(this);
            if (timer != null) {
                timer.cancel(false);
            }
            sink.close();
        }
    }
}
