package io.claimflow.store.rest;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.store.config.StoreConfig;
import io.claimflow.store.mapping.ClaimPage;
import io.claimflow.store.service.ClaimQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /claims}: stored claims, newest first, and one claim by id. */
@Path("/claims")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ClaimResource {

    private final ClaimQueryService queries;
    private final StoreConfig config;

    public ClaimResource(ClaimQueryService queries, StoreConfig config) {
        this.queries = queries;
        this.config = config;
    }

    @GET
    @Operation(summary = "Stored claims, newest first, one page at a time")
    public ClaimPage list(
            @Parameter(description = "Opaque cursor from a previous page's next link") @QueryParam("cursor") String cursor,
            @Parameter(description = "Claims per page") @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        int size = limit == null ? config.defaultPageSize() : limit;
        if (size < 1 || size > config.maxPageSize()) {
            throw badParameter("limit", "must be between 1 and " + config.maxPageSize());
        }
        ClaimQueryService.Slice slice = queries.newest(Cursors.decode(cursor), size);
        String next = slice.nextCursor() == null
                ? null
                : UriBuilder.fromUri(uri.getRequestUri())
                        .replaceQueryParam("cursor", Cursors.encode(slice.nextCursor()))
                        .replaceQueryParam("limit", size)
                        .build()
                        .toString();
        return new ClaimPage(slice.claims(), next);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One claim by its id")
    public ClaimExtracted get(@PathParam("id") String id) {
        return queries.claim(id).orElseThrow(() -> new ProblemException(
                Problem.of(Response.Status.NOT_FOUND, "claim-not-found", "No claim has the id " + id)));
    }

    static ProblemException badParameter(String name, String message) {
        return new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-parameter", name + " " + message)
                .withErrors(java.util.List.of(new Problem.FieldError(name, message))));
    }
}
