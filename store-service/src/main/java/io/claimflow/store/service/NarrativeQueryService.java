package io.claimflow.store.service;

import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.store.config.StoreConfig;
import io.claimflow.store.mapping.ClaimMapper;
import io.claimflow.store.mapping.NarrativeClaim;
import io.claimflow.store.mapping.NarrativeDetails;
import io.claimflow.store.mapping.NarrativeMapper;
import io.claimflow.store.query.NarrativeFilter;
import io.claimflow.store.query.NarrativePosition;
import io.claimflow.store.query.NarrativeSort;
import io.claimflow.store.repository.ClaimEntity;
import io.claimflow.store.repository.ClaimRepository;
import io.claimflow.store.repository.NarrativeSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads narratives for the API and the live feed, each call in one read transaction. */
@ApplicationScoped
@Transactional
public class NarrativeQueryService {

    private final NarrativeSearch search;
    private final ClaimRepository claims;
    private final ClaimMapper claimMapper;
    private final NarrativeMapper mapper;
    private final StoreConfig config;

    public NarrativeQueryService(
            NarrativeSearch search,
            ClaimRepository claims,
            ClaimMapper claimMapper,
            NarrativeMapper mapper,
            StoreConfig config) {
        this.search = search;
        this.claims = claims;
        this.claimMapper = claimMapper;
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * Up to {@code limit} narratives after the position, with the position of the next page (null on the last). A first
     * page reads the narratives as they stand now; the pages after it, as they stood then.
     */
    public Page page(NarrativeFilter filter, NarrativeSort sort, NarrativePosition after, int limit) {
        long asOf = after != null ? after.asOf() : search.latestSeq();
        List<NarrativeSearch.Listed> rows = search.page(filter, sort, after, asOf, limit + 1);
        NarrativePosition next = null;
        if (rows.size() > limit) {
            NarrativeSearch.Listed last = rows.get(limit - 1);
            next = new NarrativePosition(sort, last.key(), last.narrativeId(), asOf);
        }
        return new Page(
                rows.subList(0, Math.min(limit, rows.size())).stream()
                        .map(row -> mapper.toNarrative(row.body()))
                        .toList(),
                next);
    }

    /** Narrative revisions matching the filter stored after the sequence number, oldest first. */
    public List<Sequenced<NarrativeUpdated>> storedAfter(NarrativeFilter filter, long seq, int limit) {
        return search.storedAfter(filter, seq, limit).stream()
                .map(row -> new Sequenced<>(row.seq(), mapper.toNarrative(row.body())))
                .toList();
    }

    public long latestSeq() {
        return search.latestSeq();
    }

    /** The narrative's summary as it stands (merged or not), or empty for an unknown id. */
    public Optional<NarrativeUpdated> summary(String narrativeId) {
        return search.current(narrativeId).map(current -> mapper.toNarrative(current.body()));
    }

    /** The narrative with its documents, timeline and claims; where a merged one went; or that it is unknown. */
    public NarrativeLookup lookup(String narrativeId) {
        Optional<NarrativeSearch.Current> current = search.current(narrativeId);
        if (current.isEmpty()) {
            return new NarrativeLookup.Unknown();
        }
        String survivor = current.get().survivor();
        // A merge chain that comes back to the narrative (bad data) must not redirect in a loop.
        if (survivor != null && !survivor.equals(narrativeId)) {
            return new NarrativeLookup.Merged(survivor);
        }
        int limit = config.maxPageSize();
        List<NarrativeDetails.NarrativeDocument> documents = search.documents(narrativeId, limit).stream()
                .map(row -> new NarrativeDetails.NarrativeDocument(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        ((Number) row[5]).longValue()))
                .toList();
        List<NarrativeDetails.TimelineDay> timeline = search.timeline(narrativeId).stream()
                .map(row -> new NarrativeDetails.TimelineDay(
                        (String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
        return new NarrativeLookup.Found(new NarrativeDetails(
                mapper.toNarrative(current.get().body()), documents, timeline, claims(narrativeId, limit)));
    }

    private List<NarrativeClaim> claims(String narrativeId, int limit) {
        List<Object[]> rows = search.claims(narrativeId, limit);
        List<ClaimEntity> loaded = claims.bySeq(
                rows.stream().map(row -> ((Number) row[0]).longValue()).toList());
        List<NarrativeClaim> result = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            result.add(new NarrativeClaim(
                    claimMapper.toStored(loaded.get(i)),
                    mapper.toMatches((String) rows.get(i)[1]),
                    mapper.toMatches((String) rows.get(i)[2])));
        }
        return result;
    }

    /** A page of narratives and where the next page starts (null on the last). */
    public record Page(List<NarrativeUpdated> narratives, NarrativePosition next) {}
}
