package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.store.config.StoreConfig;
import io.claimflow.store.mapping.Facet;
import io.claimflow.store.service.ClaimFilter;
import io.claimflow.store.service.ClaimQueryService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /claimants} and {@code /entities}: facets of the claims matching the same filters as {@code GET /claims}. */
@Path("/")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class FacetResource {

    private static final int DEFAULT_LIMIT = 20;

    private final ClaimQueryService queries;
    private final StoreConfig config;

    public FacetResource(ClaimQueryService queries, StoreConfig config) {
        this.queries = queries;
        this.config = config;
    }

    @GET
    @Path("claimants")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "from a sample document", value = ApiExamples.CLAIMANTS)))
    @Operation(summary = "Who made the matching claims, with how many each, most first")
    public List<Facet> claimants(
            @BeanParam ClaimQueryParams params,
            @Parameter(description = "How many claimants, 1..200 (default 20)") @QueryParam("limit") String limit) {
        ClaimFilter filter = params.filter(Set.of("limit"));
        int size = params.limit(limit, DEFAULT_LIMIT, config.maxPageSize());
        params.check();
        return queries.claimants(filter, size);
    }

    @GET
    @Path("entities")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "from a sample document", value = ApiExamples.ENTITIES)))
    @Operation(summary = "Which entities the matching claims mention, with in how many claims, most first")
    public List<Facet> entities(
            @BeanParam ClaimQueryParams params,
            @Parameter(description = "How many entities, 1..200 (default 20)") @QueryParam("limit") String limit) {
        ClaimFilter filter = params.filter(Set.of("limit"));
        int size = params.limit(limit, DEFAULT_LIMIT, config.maxPageSize());
        params.check();
        return queries.entities(filter, size);
    }
}
