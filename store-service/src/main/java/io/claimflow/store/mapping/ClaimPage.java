package io.claimflow.store.mapping;

import io.claimflow.contracts.event.ClaimExtracted;
import java.util.List;

/**
 * One page of claims, newest first.
 *
 * @param items the claims
 * @param next the URL of the following page, or null on the last one
 */
public record ClaimPage(List<ClaimExtracted> items, String next) {}
