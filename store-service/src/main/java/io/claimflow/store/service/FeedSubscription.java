package io.claimflow.store.service;

import java.time.Duration;

/** Whether a live feed was started. */
public sealed interface FeedSubscription {

    /** The feed runs until its client goes away. */
    record Started() implements FeedSubscription {}

    /**
     * The store serves as many feeds as it may; the client should ask again later.
     *
     * @param maxFeeds how many feeds the store serves at most
     * @param retryAfter how long the client should wait
     */
    record TooManyFeeds(int maxFeeds, Duration retryAfter) implements FeedSubscription {}
}
