package io.claimflow.store.service;

import io.claimflow.store.config.StoreConfig;
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
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The live feeds of one kind of item numbered by the store ({@link ClaimFeed}, {@link NarrativeFeed}). Each feed reads
 * the items stored after the last one it sent, with the filter SQL of the matching query, so a feed and a query never
 * disagree. A local commit wakes every feed at once; a timer catches what other store instances wrote. Events carry the
 * item's sequence number as id, so a client that reconnects with Last-Event-ID misses nothing.
 *
 * @param <F> the filter of a feed
 * @param <T> the items it sends
 */
public final class LiveFeeds<F, T> {

    private static final Logger LOG = Logger.getLogger(LiveFeeds.class);
    private static final int BATCH = 200;

    /** Reads the items matching a filter stored after a sequence number, oldest first. */
    @FunctionalInterface
    public interface Reader<F, T> {
        List<Sequenced<T>> storedAfter(F filter, long seq, int limit);
    }

    private final Reader<F, T> reader;
    private final LongSupplier latestSeq;
    private final StoreConfig config;
    private final FeedSlots slots;
    private final Set<Feed> feeds = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler;

    public LiveFeeds(String name, Reader<F, T> reader, LongSupplier latestSeq, StoreConfig config, FeedSlots slots) {
        this.reader = reader;
        this.latestSeq = latestSeq;
        this.config = config;
        this.slots = slots;
        this.scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a feed of the items matching the filter, after {@code resumeAfter} or, if null, from now. */
    public FeedSubscription subscribe(F filter, Long resumeAfter, FeedSink<T> sink) {
        if (!slots.take()) {
            return new FeedSubscription.TooManyFeeds(config.maxStreams(), config.streamRetryAfter());
        }
        Feed feed = new Feed(filter, resumeAfter != null ? resumeAfter : latestSeq.getAsLong(), sink);
        feeds.add(feed);
        long interval = config.streamPollInterval().toMillis();
        feed.timer = scheduler.scheduleWithFixedDelay(feed::poll, interval, interval, TimeUnit.MILLISECONDS);
        return new FeedSubscription.Started();
    }

    /** Something new was committed here: every feed reads now rather than at its next tick. */
    public void wake() {
        feeds.forEach(feed -> scheduler.execute(feed::poll));
    }

    /** Closes every feed; the service stops. */
    public void close() {
        feeds.forEach(Feed::close);
        scheduler.shutdownNow();
    }

    /** One client's feed: what it filters on, the last item it was sent, and its connection. */
    private final class Feed {
        private final F filter;
        private final FeedSink<T> sink;
        private final AtomicBoolean polling = new AtomicBoolean();
        private final AtomicBoolean wokenWhilePolling = new AtomicBoolean();
        private volatile long lastSeq;
        private volatile long lastSentAt = System.nanoTime();
        private volatile ScheduledFuture<?> timer;

        Feed(F filter, long lastSeq, FeedSink<T> sink) {
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
                List<Sequenced<T>> fresh = reader.storedAfter(filter, lastSeq, BATCH);
                CompletionStage<?> sent = CompletableFuture.completedFuture(null);
                for (Sequenced<T> item : fresh) {
                    sent = sent.thenCompose(ignored -> sink.send(item.seq(), item.item()));
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
                LOG.warnf("A live feed could not read new items (%s); it tries again on the next tick", e.getMessage());
            }
        }

        void close() {
            // Closed once: the slot goes back only by the call that removed the feed.
            if (feeds.remove(this)) {
                slots.give();
            }
            if (timer != null) {
                timer.cancel(false);
            }
            sink.close();
        }
    }
}
