package io.claimflow.store.mapping;

import io.claimflow.contracts.event.NarrativeUpdated;
import java.util.List;

/**
 * One page of narratives.
 *
 * @param items the narratives' summaries as the matcher published them, in the requested order
 * @param next the URL of the following page with the same filters, or null on the last one
 */
public record NarrativePage(List<NarrativeUpdated> items, String next) {}
