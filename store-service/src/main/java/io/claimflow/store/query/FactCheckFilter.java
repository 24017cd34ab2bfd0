package io.claimflow.store.query;

/**
 * Which fact-checks of the library a page is about; null fields do not filter. All given fields must hold.
 *
 * @param q words to find in the claim reviewed or the title (full-text search, as the claims' q)
 * @param language the fact-check's language, ISO 639-1
 * @param verdict the verdict as the fact-checker worded it, case-insensitive
 * @param publisher who published it, case-insensitive
 */
public record FactCheckFilter(String q, String language, String verdict, String publisher) {}
