package io.claimflow.store.service;

import io.claimflow.contracts.event.ClaimExtracted;
import java.util.concurrent.CompletionStage;

/** The connection of one live feed to its client, as {@link ClaimFeed} uses it; the REST layer implements it. */
public interface FeedSink {

    /** Whether the client went away or the connection was closed. */
    boolean isClosed();

    /** Sends one claim with its sequence number, which the client can resume after; completes once sent. */
    CompletionStage<?> sendClaim(long seq, ClaimExtracted claim);

    /** Sends something that is no claim, so proxies keep a silent feed open and a gone client is noticed. */
    CompletionStage<?> sendKeepAlive();

    /** Closes the connection unless it is closed already. */
    void close();
}
