package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.UnknownQueryParameters;
import io.claimflow.store.query.ClaimQuery;
import io.claimflow.store.query.ClaimQueryParser;
import io.claimflow.store.query.ParsedQuery;
import io.claimflow.store.query.QueryKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** Reads a request's query parameters into a {@link ClaimQuery}, or answers 400 naming every wrong one. */
@ApplicationScoped
public class QueryParameterReader {

    private final ClaimQueryParser parser;

    public QueryParameterReader(ClaimQueryParser parser) {
        this.parser = parser;
    }

    /**
     * The query; {@code lastEventId} is the live feed's header, null elsewhere. Parameters the endpoint does not know
     * are refused with the parser's findings, so a bad request hears about every wrong parameter at once.
     */
    ClaimQuery read(QueryKind kind, UriInfo uri, String lastEventId) {
        List<Problem.FieldError> errors = new ArrayList<>(UnknownQueryParameters.unknown(uri, kind.parameters()));
        ParsedQuery parsed = parser.parse(kind, uri.getQueryParameters(), lastEventId);
        if (parsed instanceof ParsedQuery.Invalid invalid) {
            invalid.errors().forEach(error -> errors.add(new Problem.FieldError(error.parameter(), error.message())));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(ProblemKind.INVALID_PARAMETER, Problem.describe(errors))
                    .withErrors(errors));
        }
        return ((ParsedQuery.Valid) parsed).query();
    }
}
