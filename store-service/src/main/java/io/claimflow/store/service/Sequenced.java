package io.claimflow.store.service;

/**
 * An item with the store's sequence number, a live feed's event id.
 *
 * @param seq the sequence number
 * @param item the claim or narrative
 * @param <T> the item's type
 */
public record Sequenced<T>(long seq, T item) {}
