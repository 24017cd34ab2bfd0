package io.claimflow.store.service;

/** The orders claims can be listed in; both end in the store's sequence number, so the order is total. */
public enum ClaimSort {
    /** Most recently stored first. */
    NEWEST,
    /** Most check-worthy first, then most recently stored. */
    SCORE
}
