package io.claimflow.store.service;

import io.claimflow.store.config.StoreConfig;
import io.claimflow.store.mapping.ClaimMapper;
import io.claimflow.store.mapping.ClaimReviewSkeleton;
import io.claimflow.store.mapping.DocumentMapper;
import io.claimflow.store.mapping.DocumentView;
import io.claimflow.store.mapping.Facet;
import io.claimflow.store.mapping.StoredClaim;
import io.claimflow.store.query.ClaimFacet;
import io.claimflow.store.query.ClaimFilter;
import io.claimflow.store.query.ClaimSort;
import io.claimflow.store.query.DocumentClaimPosition;
import io.claimflow.store.query.PagePosition;
import io.claimflow.store.repository.ClaimEntity;
import io.claimflow.store.repository.ClaimFacetSearch;
import io.claimflow.store.repository.ClaimRepository;
import io.claimflow.store.repository.ClaimSearch;
import io.claimflow.store.repository.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Reads claims and documents for the API and the live feed. Each call runs in one read transaction, so a page and the
 * details of its claims come from the same snapshot.
 */
@ApplicationScoped
@Transactional
public class ClaimQueryService {

    private final ClaimSearch search;
    private final ClaimFacetSearch facetSearch;
    private final ClaimRepository claims;
    private final DocumentRepository documents;
    private final ClaimMapper claimMapper;
    private final DocumentMapper documentMapper;
    private final StoreConfig config;

    public ClaimQueryService(
            ClaimSearch search,
            ClaimFacetSearch facetSearch,
            ClaimRepository claims,
            DocumentRepository documents,
            ClaimMapper claimMapper,
            DocumentMapper documentMapper,
            StoreConfig config) {
        this.search = search;
        this.facetSearch = facetSearch;
        this.claims = claims;
        this.documents = documents;
        this.claimMapper = claimMapper;
        this.documentMapper = documentMapper;
        this.config = config;
    }

    /**
     * Up to {@code limit} matching claims after the position, with the position of the next page (null on the last).
     */
    public Page page(ClaimFilter filter, ClaimSort sort, PagePosition after, int limit) {
        List<PagePosition> positions = search.page(filter, sort, after, limit + 1);
        PagePosition next = positions.size() > limit ? positions.get(limit - 1) : null;
        List<PagePosition> shown = positions.subList(0, Math.min(limit, positions.size()));
        return new Page(load(shown), next);
    }

    /** Matching claims stored after the sequence number, oldest first, each with its sequence number. */
    public List<Sequenced<StoredClaim>> storedAfter(ClaimFilter filter, long seq, int limit) {
        List<PagePosition> positions = search.storedAfter(filter, seq, limit);
        List<StoredClaim> loaded = load(positions);
        return IntStream.range(0, loaded.size())
                .mapToObj(i -> new Sequenced<>(positions.get(i).seq(), loaded.get(i)))
                .toList();
    }

    public long latestSeq() {
        return search.latestSeq();
    }

    public Optional<StoredClaim> claim(String claimId) {
        return claims.findByIdOptional(claimId).map(claimMapper::toStored);
    }

    /**
     * The claim as a ClaimReview skeleton, with its document's URL, title and publication date when the store has them;
     * empty for an unknown id.
     */
    public Optional<ClaimReviewSkeleton> claimReview(String claimId, String claimUrl) {
        return claims.findByIdOptional(claimId)
                .map(entity -> ClaimReviewSkeleton.of(
                        claimMapper.toStored(entity), documents.findById(entity.documentId), claimUrl));
    }

    /**
     * The document with its first claims in document order, as many as one answer may hold, and where the next page of
     * its claims starts (null when they are all there); empty for an unknown id.
     */
    public Optional<DocumentRead> document(String documentId) {
        return documents.findByIdOptional(documentId).map(entity -> {
            DocumentClaims first = claimsPage(documentId, null, config.maxDocumentClaims());
            return new DocumentRead(
                    documentMapper.toView(entity, first.claims(), claims.countOfDocument(documentId)), first.next());
        });
    }

    /**
     * Up to {@code limit} claims of a document in document order after the position, with where the next page starts;
     * empty when the store knows nothing of the document.
     */
    public Optional<DocumentClaims> claimsOf(String documentId, DocumentClaimPosition after, int limit) {
        DocumentClaims found = claimsPage(documentId, after, limit);
        if (found.claims().isEmpty() && documents.findByIdOptional(documentId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    public List<Facet> claimants(ClaimFilter filter, int limit) {
        return facets(facetSearch.claimantCounts(filter, limit));
    }

    public List<Facet> entities(ClaimFilter filter, int limit) {
        return facets(facetSearch.entityCounts(filter, limit));
    }

    /** The facets of the claims page among the matching claims, the most frequent {@code limit} values of each. */
    public PageFacets pageFacets(ClaimFilter filter, int limit) {
        ClaimFacetSearch.PageFacets counted = facetSearch.pageFacets(filter, limit);
        Map<ClaimFacet, List<Facet>> others = new EnumMap<>(ClaimFacet.class);
        counted.facets().forEach((facet, rows) -> others.put(facet, facets(rows)));
        return new PageFacets(facets(counted.claimants()), facets(counted.entities()), others);
    }

    private static List<Facet> facets(List<Object[]> rows) {
        return rows.stream().map(Facet::of).toList();
    }

    private DocumentClaims claimsPage(String documentId, DocumentClaimPosition after, int limit) {
        List<ClaimEntity> found = claims.ofDocument(documentId, after, limit + 1);
        List<ClaimEntity> shown = found.subList(0, Math.min(limit, found.size()));
        DocumentClaimPosition next = null;
        if (found.size() > limit) {
            ClaimEntity last = shown.get(limit - 1);
            next = new DocumentClaimPosition(last.ordinal, last.claimId);
        }
        return new DocumentClaims(shown.stream().map(claimMapper::toStored).toList(), next);
    }

    private List<StoredClaim> load(List<PagePosition> positions) {
        return claims.bySeq(positions.stream().map(PagePosition::seq).toList()).stream()
                .map(claimMapper::toStored)
                .toList();
    }

    /**
     * The claims page's facets: claimant identities, entities, and every {@link ClaimFacet}'s values (without a type).
     */
    public record PageFacets(List<Facet> claimants, List<Facet> entities, Map<ClaimFacet, List<Facet>> others) {}

    /** A document as the API shows it and where the page of its claims after those it holds starts (null if none). */
    public record DocumentRead(DocumentView view, DocumentClaimPosition next) {}

    /** A page of a document's claims and where the next page starts (null on the last). */
    public record DocumentClaims(List<StoredClaim> claims, DocumentClaimPosition next) {}

    /** A page of claims and where the next page starts (null on the last). */
    public record Page(List<StoredClaim> claims, PagePosition next) {}
}
