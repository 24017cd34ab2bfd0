package io.claimflow.store.service;

/**
 * Fired in the transaction that stored new claims; observers after its commit (the live feed) know there is something
 * new to read.
 *
 * @param count how many claims were new
 */
public record ClaimsStored(int count) {}
