package io.claimflow.store.service;

import io.claimflow.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** The live feeds the store serves at once, claims and narratives alike, up to {@code max-streams}. */
@ApplicationScoped
public class FeedSlots {

    private final StoreConfig config;
    private final AtomicInteger taken = new AtomicInteger();

    public FeedSlots(StoreConfig config) {
        this.config = config;
    }

    /** Takes a slot for a new feed; false when every slot is taken. */
    boolean take() {
        return taken.getAndUpdate(count -> count < config.maxStreams() ? count + 1 : count) < config.maxStreams();
    }

    /** Gives back the slot of a feed that ended. */
    void give() {
        taken.decrementAndGet();
    }
}
