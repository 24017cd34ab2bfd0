package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.UnknownQueryParameters;
import io.claimflow.store.query.ClaimQuery;
import io.claimflow.store.query.ClaimQueryParser;
import io.claimflow.store.query.DocumentClaimsQuery;
import io.claimflow.store.query.DocumentClaimsQueryParser;
import io.claimflow.store.query.FactCheckQuery;
import io.claimflow.store.query.FactCheckQueryParser;
import io.claimflow.store.query.NarrativeQuery;
import io.claimflow.store.query.NarrativeQueryParser;
import io.claimflow.store.query.ParsedQuery;
import io.claimflow.store.query.QueryKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a request's query parameters into a {@link ClaimQuery}, {@link NarrativeQuery}, {@link FactCheckQuery} or
 * {@link DocumentClaimsQuery}, or answers 400.
 */
@ApplicationScoped
public class QueryParameterReader {

    private final ClaimQueryParser claims;
    private final NarrativeQueryParser narratives;
    private final FactCheckQueryParser factChecks;
    private final DocumentClaimsQueryParser documentClaims;

    public QueryParameterReader(
            ClaimQueryParser claims,
            NarrativeQueryParser narratives,
            FactCheckQueryParser factChecks,
            DocumentClaimsQueryParser documentClaims) {
        this.claims = claims;
        this.narratives = narratives;
        this.factChecks = factChecks;
        this.documentClaims = documentClaims;
    }

    /** The query of claims; {@code lastEventId} is the live feed's header, null elsewhere. */
    public ClaimQuery read(QueryKind kind, UriInfo uri, String lastEventId) {
        return checked(kind, uri, claims.parse(kind, uri.getQueryParameters(), lastEventId));
    }

    /** The query of narratives; {@code lastEventId} is the live feed's header, null elsewhere. */
    public NarrativeQuery readNarratives(QueryKind kind, UriInfo uri, String lastEventId) {
        return checked(kind, uri, narratives.parse(kind, uri.getQueryParameters(), lastEventId));
    }

    /** The query of the fact-check library. */
    FactCheckQuery readFactChecks(UriInfo uri) {
        return checked(QueryKind.FACT_CHECK_PAGE, uri, factChecks.parse(uri.getQueryParameters()));
    }

    /** The query of a page of one document's claims. */
    DocumentClaimsQuery readDocumentClaims(UriInfo uri) {
        return checked(QueryKind.DOCUMENT_CLAIMS, uri, documentClaims.parse(uri.getQueryParameters()));
    }

    /**
     * The query, if the request is right. Parameters the endpoint does not know are refused with the parser's findings,
     * so a bad request hears about every wrong parameter at once.
     */
    private static <Q> Q checked(QueryKind kind, UriInfo uri, ParsedQuery<Q> parsed) {
        List<Problem.FieldError> errors = new ArrayList<>(UnknownQueryParameters.unknown(uri, kind.parameters()));
        if (parsed instanceof ParsedQuery.Invalid<Q> invalid) {
            invalid.errors().forEach(error -> errors.add(new Problem.FieldError(error.parameter(), error.message())));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(ProblemKind.INVALID_PARAMETER, Problem.describe(errors))
                    .withErrors(errors));
        }
        return ((ParsedQuery.Valid<Q>) parsed).query();
    }
}
