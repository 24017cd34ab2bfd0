package io.claimflow.store.service;

import io.claimflow.store.mapping.StoredFactCheck;
import io.claimflow.store.query.FactCheckFilter;
import io.claimflow.store.repository.FactCheckSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the fact-check library for the API, each call in one read transaction. */
@ApplicationScoped
@Transactional
public class FactCheckQueryService {

    private final FactCheckSearch search;

    public FactCheckQueryService(FactCheckSearch search) {
        this.search = search;
    }

    /**
     * Up to {@code limit} matching fact-checks after the position, with where the next page starts (null on the last).
     */
    public Page page(FactCheckFilter filter, Long after, int limit) {
        List<FactCheckSearch.Listed> listed = search.page(filter, after, limit + 1);
        Long next = listed.size() > limit ? listed.get(limit - 1).seq() : null;
        return new Page(
                listed.stream()
                        .limit(limit)
                        .map(found -> StoredFactCheck.of(found.factCheck()))
                        .toList(),
                next);
    }

    public Optional<StoredFactCheck> factCheck(String factCheckId) {
        return search.byId(factCheckId).map(StoredFactCheck::of);
    }

    /** A page of fact-checks and the sequence number the next page starts after (null on the last). */
    public record Page(List<StoredFactCheck> factChecks, Long next) {}
}
