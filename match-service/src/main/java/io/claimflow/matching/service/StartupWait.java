package io.claimflow.matching.service;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Holds a batch back until what it needs at start-up is there (the index caught up, the library read): what it
 * published before that could miss a claim or a fact-check. Past the patience the batch fails, is aborted and read
 * again.
 */
public final class StartupWait {

    /** How long a batch waits before it is aborted and read again later. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private StartupWait() {}

    /** Returns once {@code ready} holds; fails, naming {@code what}, when it still does not after the patience. */
    public static void until(BooleanSupplier ready, String what) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (!ready.getAsBoolean()) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException(what + " is not ready yet");
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }
}
