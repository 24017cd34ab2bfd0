package io.claimflow.service.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The one check that a request names only the query parameters its endpoint knows, so no typo goes unnoticed. */
public final class UnknownQueryParameters {

    private UnknownQueryParameters() {}

    /** A field error for every query parameter of the request that is not among the known ones. */
    public static List<Problem.FieldError> unknown(UriInfo uri, Collection<String> known) {
        String knownNames = known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known));
        return uri.getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .map(name -> new Problem.FieldError(name, "is not a parameter of this endpoint; known: " + knownNames))
                .toList();
    }

    /** Refuses the request with a 400 {@code invalid-parameter} problem when it names an unknown query parameter. */
    public static void refuseUnknown(UriInfo uri, Collection<String> known) {
        List<Problem.FieldError> errors = unknown(uri, known);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(ProblemKind.INVALID_PARAMETER, Problem.describe(errors))
                    .withErrors(errors));
        }
    }
}
