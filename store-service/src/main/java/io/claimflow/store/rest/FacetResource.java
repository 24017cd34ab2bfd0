package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.store.mapping.Facet;
import io.claimflow.store.query.ClaimQuery;
import io.claimflow.store.query.QueryKind;
import io.claimflow.store.service.ClaimQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /claimants} and {@code /entities}: facets of the claims matching the same filters as {@code GET /claims}. The
 * query parameters are documented by {@link QueryParameterDocs}.
 */
@Path("/")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class FacetResource {

    private final ClaimQueryService queries;
    private final QueryParameterReader parameters;

    public FacetResource(ClaimQueryService queries, QueryParameterReader parameters) {
        this.queries = queries;
        this.parameters = parameters;
    }

    @GET
    @Path("claimants")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "from a sample document", value = ApiExamples.CLAIMANTS)))
    @Operation(summary = "Who made the matching claims, with how many each, most first")
    @Extension(name = QueryParameterDocs.QUERY_KIND, value = "FACET")
    public List<Facet> claimants(@Context UriInfo uri) {
        ClaimQuery query = parameters.read(QueryKind.FACET, uri, null);
        return queries.claimants(query.filter(), query.limit());
    }

    @GET
    @Path("entities")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "from a sample document", value = ApiExamples.ENTITIES)))
    @Operation(summary = "Which entities the matching claims mention, with in how many claims, most first")
    @Extension(name = QueryParameterDocs.QUERY_KIND, value = "FACET")
    public List<Facet> entities(@Context UriInfo uri) {
        ClaimQuery query = parameters.read(QueryKind.FACET, uri, null);
        return queries.entities(query.filter(), query.limit());
    }
}
