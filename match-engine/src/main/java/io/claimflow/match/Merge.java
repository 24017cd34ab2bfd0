package io.claimflow.match;

/**
 * A narrative merged into another by a new link: {@code from} now redirects to {@code into}.
 *
 * @param from the id of the narrative that ceased to exist
 * @param into the id of the older narrative that survives
 */
public record Merge(String from, String into) {}
