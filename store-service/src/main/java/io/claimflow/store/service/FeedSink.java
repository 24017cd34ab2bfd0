package io.claimflow.store.service;

import java.util.concurrent.CompletionStage;

/**
 * The connection of one live feed to its client, as {@link LiveFeeds} uses it; the REST layer implements it.
 *
 * @param <T> the items it sends
 */
public interface FeedSink<T> {

    /** Whether the client went away or the connection was closed. */
    boolean isClosed();

    /** Sends one item with its sequence number, which the client can resume after; completes once sent. */
    CompletionStage<?> send(long seq, T item);

    /** Sends something that is no item, so proxies keep a silent feed open and a gone client is noticed. */
    CompletionStage<?> sendKeepAlive();

    /** Closes the connection unless it is closed already. */
    void close();
}
