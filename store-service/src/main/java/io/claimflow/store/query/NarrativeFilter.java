package io.claimflow.store.query;

import java.time.Instant;

/**
 * Which narratives a page or the live feed is about; null fields do not filter. All given fields must hold.
 *
 * @param language a language of its claims (ISO 639-1, or {@code und})
 * @param source a source of its documents, case-insensitive
 * @param entity an entity among the narrative's top entities (normalised form), case-insensitive
 * @param claimant a claimant among the narrative's top claimants, case-insensitive
 * @param from the narrative was seen at or after this instant: its last claim is not older
 * @param to the narrative was seen before this instant: its first claim is older
 */
public record NarrativeFilter(
        String language, String source, String entity, String claimant, Instant from, Instant to) {}
