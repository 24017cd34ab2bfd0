package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.query.ClaimQuery;
import io.claimflow.store.query.ClaimQueryParser;
import io.claimflow.store.query.ParsedQuery;
import io.claimflow.store.query.QueryKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;

/** Reads a request's query parameters into a {@link ClaimQuery}, or answers 400 naming every wrong one. */
@ApplicationScoped
public class QueryParameterReader {

    private final ClaimQueryParser parser;

    public QueryParameterReader(ClaimQueryParser parser) {
        this.parser = parser;
    }

    /** The query; {@code lastEventId} is the live feed's header, null elsewhere. */
    ClaimQuery read(QueryKind kind, UriInfo uri, String lastEventId) {
        ParsedQuery parsed = parser.parse(kind, uri.getQueryParameters(), lastEventId);
        if (parsed instanceof ParsedQuery.Invalid invalid) {
            List<Problem.FieldError> errors = invalid.errors().stream()
                    .map(error -> new Problem.FieldError(error.parameter(), error.message()))
                    .toList();
            String detail = errors.stream()
                    .map(error -> error.field() + " " + error.message())
                    .collect(Collectors.joining("; "));
            throw new ProblemException(Problem.of(ProblemKind.INVALID_PARAMETER, detail).withErrors(errors));
        }
        return ((ParsedQuery.Valid) parsed).query();
    }
}
