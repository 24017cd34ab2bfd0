package io.claimflow.service.rest;

import java.time.Duration;

/** The value of a {@code Retry-After} header: whole seconds, at least one, as HTTP allows no fraction. */
public final class RetryAfter {

    private RetryAfter() {}

    public static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds());
    }
}
