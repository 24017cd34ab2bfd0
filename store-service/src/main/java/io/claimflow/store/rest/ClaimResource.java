package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.mapping.ClaimPage;
import io.claimflow.store.mapping.StoredClaim;
import io.claimflow.store.query.ClaimQuery;
import io.claimflow.store.query.PageCursor;
import io.claimflow.store.query.QueryKind;
import io.claimflow.store.query.QueryParameters;
import io.claimflow.store.service.ClaimFeed;
import io.claimflow.store.service.ClaimQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /claims}: stored claims by filter, one claim by id, and the live feed of new claims. The query parameters are
 * documented by {@link QueryParameterDocs}.
 */
@Path("/claims")
public class ClaimResource {

    private final ClaimQueryService queries;
    private final ClaimFeed feed;
    private final QueryParameterReader parameters;

    public ClaimResource(ClaimQueryService queries, ClaimFeed feed, QueryParameterReader parameters) {
        this.queries = queries;
        this.feed = feed;
        this.parameters = parameters;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "from a sample document", value = ApiExamples.PAGE)))
    @Operation(summary = "Claims matching every given filter, newest or most check-worthy first, one page at a time")
    @Extension(name = QueryParameterDocs.QUERY_KIND, value = "PAGE")
    public ClaimPage list(@Context UriInfo uri) {
        ClaimQuery query = parameters.read(QueryKind.PAGE, uri, null);
        ClaimQueryService.Page page = queries.page(query.filter(), query.sort(), query.after(), query.limit());
        String cursor = page.next() == null ? null : PageCursor.encode(page.next());
        return new ClaimPage(page.claims(), ResourceSupport.nextLink(uri, cursor, query.limit()));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "from a sample document", value = ApiExamples.CLAIM)))
    @Operation(summary = "One claim by its id")
    public StoredClaim get(@PathParam("id") String id) {
        return queries.claim(id)
                .orElseThrow(() ->
                        new ProblemException(Problem.of(ProblemKind.CLAIM_NOT_FOUND, "No claim has the id " + id)));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "Server-Sent Events: each new claim matching the filters as it is stored "
                    + "(event 'claim', id = resume point)")
    @Extension(name = QueryParameterDocs.QUERY_KIND, value = "FEED")
    public void stream(
            @Context UriInfo uri,
            @Parameter(description = "Resume after this event id (browsers send it when they reconnect)")
                    @HeaderParam(QueryParameters.LAST_EVENT_ID)
                    String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        ClaimQuery query = parameters.read(QueryKind.FEED, uri, lastEventId);
        ResourceSupport.requireStarted(
                feed.subscribe(query.filter(), query.resumeAfter(), new SseFeedSink<>(sink, sse, "claim")));
    }
}
