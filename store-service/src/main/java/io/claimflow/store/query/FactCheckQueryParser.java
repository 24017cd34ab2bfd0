package io.claimflow.store.query;

import static io.claimflow.store.query.QueryParameters.PUBLISHER;
import static io.claimflow.store.query.QueryParameters.Q;
import static io.claimflow.store.query.QueryParameters.VERDICT;

import io.claimflow.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Reads the parameters of {@code GET /factchecks} into a {@link FactCheckQuery}, with the checks of the claim queries
 * for the parameters they share; every wrong parameter is reported at once.
 */
@ApplicationScoped
public class FactCheckQueryParser {

    private final StoreConfig config;

    public FactCheckQueryParser(StoreConfig config) {
        this.config = config;
    }

    /** The query a request asks for, or what is wrong with it. */
    public ParsedQuery<FactCheckQuery> parse(Map<String, List<String>> parameters) {
        ParameterReading read = new ParameterReading(parameters);
        FactCheckFilter filter =
                new FactCheckFilter(read.text(Q), read.language(), read.text(VERDICT), read.text(PUBLISHER));
        int limit = read.limit(config.defaultPageSize(), config.maxPageSize());
        Long after = read.cursor(PageCursor::decodeFactCheck, "fact-checks");
        return read.result(new FactCheckQuery(filter, limit, after));
    }
}
