package io.claimflow.store.service;

/**
 * Fired in the transaction that stored new narrative revisions; observers after its commit (the narrative feed) know
 * there is something new to read.
 *
 * @param count how many revisions were new
 */
public record NarrativesStored(int count) {}
