package io.claimflow.store.query;

import static io.claimflow.store.query.QueryParameters.CLAIMANT;
import static io.claimflow.store.query.QueryParameters.CLAIMANT_TYPE;
import static io.claimflow.store.query.QueryParameters.DOCUMENT_ID;
import static io.claimflow.store.query.QueryParameters.ENTITY;
import static io.claimflow.store.query.QueryParameters.FACT_CHECKED;
import static io.claimflow.store.query.QueryParameters.FORMAT;
import static io.claimflow.store.query.QueryParameters.MIN_SCORE;
import static io.claimflow.store.query.QueryParameters.NARRATIVE;
import static io.claimflow.store.query.QueryParameters.Q;
import static io.claimflow.store.query.QueryParameters.SOURCE;
import static io.claimflow.store.query.QueryParameters.VERDICT;

import io.claimflow.contracts.event.Checkworthiness;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads the parameters of a query API request into a {@link ClaimQuery}. Every parameter is checked, so a bad request
 * hears about every bad parameter at once. Which parameters an endpoint takes at all is checked where the request
 * arrives (the REST layer), with the check every service shares.
 */
@ApplicationScoped
public class ClaimQueryParser {

    private final Limits limits;

    @Inject
    public ClaimQueryParser(StoreConfig config) {
        this(new Limits(config.defaultPageSize(), config.defaultFacetSize(), config.maxPageSize()));
    }

    public ClaimQueryParser(Limits limits) {
        this.limits = limits;
    }

    /**
     * The query a request asks for, or what is wrong with it.
     *
     * @param kind what the request asks for
     * @param parameters its query parameters, each with its values (the first one counts)
     * @param lastEventId the feed's {@code Last-Event-ID} header, null when absent; only {@link QueryKind#FEED} reads
     *     it
     */
    public ParsedQuery<ClaimQuery> parse(QueryKind kind, Map<String, List<String>> parameters, String lastEventId) {
        return new Reading(parameters).query(kind, lastEventId);
    }

    /**
     * How many claims or facet values an answer holds.
     *
     * @param defaultPageSize claims per page when {@code limit} is absent
     * @param defaultFacetSize facet values when {@code limit} is absent
     * @param max the most {@code limit} may ask for
     */
    public record Limits(int defaultPageSize, int defaultFacetSize, int max) {}

    /** One request's reading: the claim-specific parameters, on top of the shared checks. */
    private final class Reading {
        private final ParameterReading read;

        Reading(Map<String, List<String>> parameters) {
            this.read = new ParameterReading(parameters);
        }

        ParsedQuery<ClaimQuery> query(QueryKind kind, String lastEventId) {
            ClaimFilter filter = filter();
            ClaimQuery query = switch (kind) {
                case PAGE -> {
                    ClaimSort sort = sort();
                    yield new ClaimQuery(
                            filter,
                            sort,
                            read.limit(limits.defaultPageSize(), limits.max()),
                            position(sort),
                            null,
                            format());
                }
                case FACET ->
                    new ClaimQuery(filter, null, read.limit(limits.defaultFacetSize(), limits.max()), null, null, null);
                case FEED -> new ClaimQuery(filter, null, null, null, read.resumeAfter(lastEventId), null);
                case WATCH -> new ClaimQuery(filter, null, null, null, null, null);
                default -> throw new IllegalArgumentException(kind + " is not a query of claims");
            };
            return read.result(query);
        }

        private ClaimFilter filter() {
            Instant[] range = read.range();
            Boolean factChecked = read.bool(FACT_CHECKED);
            String verdict = read.text(VERDICT);
            if (verdict != null && Boolean.FALSE.equals(factChecked)) {
                read.reject(VERDICT, "names a fact-check's verdict, so it cannot go with " + FACT_CHECKED + "=false");
            }
            return new ClaimFilter(
                    read.text(Q),
                    read.language(),
                    read.text(CLAIMANT),
                    claimantType(),
                    read.text(ENTITY),
                    read.text(DOCUMENT_ID),
                    read.text(SOURCE),
                    score(),
                    range[0],
                    range[1],
                    read.text(NARRATIVE),
                    factChecked,
                    verdict);
        }

        private ClaimSort sort() {
            return read.sort(ClaimSort::fromWireName, ClaimSort.DEFAULT, ClaimSort.wireNames());
        }

        private ClaimFormat format() {
            return read.choice(FORMAT, ClaimFormat::fromWireName, null, ClaimFormat.wireNames());
        }

        private PagePosition position(ClaimSort sort) {
            return read.cursor(cursor -> PageCursor.decode(cursor, sort), QueryParameters.SORT + "=" + sort.wireName());
        }

        private ClaimantType claimantType() {
            String value = read.text(CLAIMANT_TYPE);
            if (value == null) {
                return null;
            }
            try {
                return ClaimantType.fromWireName(value);
            } catch (IllegalArgumentException e) {
                read.reject(CLAIMANT_TYPE, "must be one of " + QueryParameters.claimantTypes());
                return null;
            }
        }

        private Double score() {
            String value = read.text(MIN_SCORE);
            if (value == null) {
                return null;
            }
            try {
                double score = Double.parseDouble(value);
                if (Checkworthiness.isScore(score)) {
                    return score;
                }
            } catch (NumberFormatException e) {
                // reported below, as a number out of range is
            }
            read.reject(MIN_SCORE, Checkworthiness.MESSAGE);
            return null;
        }
    }
}
