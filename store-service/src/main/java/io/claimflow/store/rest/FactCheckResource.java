package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.mapping.FactCheckPage;
import io.claimflow.store.mapping.StoredFactCheck;
import io.claimflow.store.query.FactCheckQuery;
import io.claimflow.store.query.PageCursor;
import io.claimflow.store.service.FactCheckQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /factchecks}: the fact-check library as imported through ingest-service, by filter and one by id. The query
 * parameters are documented by {@link QueryParameterDocs}.
 */
@Path("/factchecks")
public class FactCheckResource {

    private final FactCheckQueryService queries;
    private final QueryParameterReader parameters;

    public FactCheckResource(FactCheckQueryService queries, QueryParameterReader parameters) {
        this.queries = queries;
        this.parameters = parameters;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "a Snopes fact-check", value = ApiExamples.FACT_CHECK_PAGE)))
    @Operation(
            summary =
                    "Fact-checks of the library matching every given filter, newest in the library first, one page at "
                            + "a time",
            description = "Newest first means in the order the store first received each fact-check; a revised "
                    + "version keeps its fact-check's place, so pages never skip or repeat one.")
    @Extension(name = QueryParameterDocs.QUERY_KIND, value = "FACT_CHECK_PAGE")
    public FactCheckPage list(@Context UriInfo uri) {
        FactCheckQuery query = parameters.readFactChecks(uri);
        FactCheckQueryService.Page page = queries.page(query.filter(), query.after(), query.limit());
        String cursor = page.next() == null ? null : PageCursor.encodeFactCheck(page.next());
        return new FactCheckPage(page.factChecks(), ResourceSupport.nextLink(uri, cursor, query.limit()));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "a Snopes fact-check", value = ApiExamples.FACT_CHECK)))
    @APIResponse(responseCode = "404", description = "No fact-check has this id")
    @Operation(summary = "One fact-check of the library by its id, in its latest version")
    public StoredFactCheck get(@PathParam("id") String id) {
        return queries.factCheck(id)
                .orElseThrow(() -> new ProblemException(
                        Problem.of(ProblemKind.FACT_CHECK_NOT_FOUND, "No fact-check has the id " + id)));
    }
}
