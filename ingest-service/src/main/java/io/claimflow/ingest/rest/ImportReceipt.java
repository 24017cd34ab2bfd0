package io.claimflow.ingest.rest;

import java.util.List;

/**
 * The answer to an import of fact-checks.
 *
 * @param imported how many were new to the library
 * @param revised how many replaced another version of themselves
 * @param unchanged how many the library had as they are; nothing was published for them
 * @param factChecks each fact-check of the import, in its order
 */
public record ImportReceipt(int imported, int revised, int unchanged, List<Item> factChecks) {

    /**
     * One imported fact-check.
     *
     * @param id the id it is known by (its own, or the one its URL was first imported under)
     * @param status {@code imported}, {@code revised} or {@code unchanged}
     * @param location where the store serves it once it has read it
     */
    public record Item(String id, String status, String location) {}
}
