package io.claimflow.store.query;

import static io.claimflow.store.query.QueryParameters.CLAIMANT;
import static io.claimflow.store.query.QueryParameters.ENTITY;
import static io.claimflow.store.query.QueryParameters.SOURCE;

import io.claimflow.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads the parameters of {@code GET /narratives} and its live feed into a {@link NarrativeQuery}, with the checks of
 * the claim queries for the parameters they share; every wrong parameter is reported at once.
 */
@ApplicationScoped
public class NarrativeQueryParser {

    private final StoreConfig config;

    public NarrativeQueryParser(StoreConfig config) {
        this.config = config;
    }

    /**
     * The query a request asks for, or what is wrong with it.
     *
     * @param kind {@link QueryKind#NARRATIVE_PAGE} or {@link QueryKind#NARRATIVE_FEED}
     * @param parameters its query parameters, each with its values (the first one counts)
     * @param lastEventId the feed's {@code Last-Event-ID} header, null when absent
     */
    public ParsedQuery<NarrativeQuery> parse(QueryKind kind, Map<String, List<String>> parameters, String lastEventId) {
        ParameterReading read = new ParameterReading(parameters);
        Instant[] range = read.range();
        NarrativeFilter filter = new NarrativeFilter(
                read.language(), read.text(SOURCE), read.text(ENTITY), read.text(CLAIMANT), range[0], range[1]);
        NarrativeQuery query = switch (kind) {
            case NARRATIVE_PAGE -> {
                NarrativeSort sort = sort(read);
                yield new NarrativeQuery(
                        filter,
                        sort,
                        read.limit(config.defaultPageSize(), config.maxPageSize()),
                        position(read, sort),
                        null);
            }
            case NARRATIVE_FEED -> new NarrativeQuery(filter, null, null, null, read.resumeAfter(lastEventId));
            default -> throw new IllegalArgumentException(kind + " is not a query of narratives");
        };
        return read.result(query);
    }

    private static NarrativeSort sort(ParameterReading read) {
        return read.sort(NarrativeSort::fromWireName, NarrativeSort.DEFAULT, NarrativeSort.wireNames());
    }

    private static NarrativePosition position(ParameterReading read, NarrativeSort sort) {
        return read.cursor(cursor -> PageCursor.decode(cursor, sort), QueryParameters.SORT + "=" + sort.wireName());
    }
}
