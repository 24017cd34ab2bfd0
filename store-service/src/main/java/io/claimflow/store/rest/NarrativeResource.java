package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.mapping.NarrativeDetails;
import io.claimflow.store.mapping.NarrativePage;
import io.claimflow.store.query.NarrativeQuery;
import io.claimflow.store.query.PageCursor;
import io.claimflow.store.query.QueryKind;
import io.claimflow.store.query.QueryParameters;
import io.claimflow.store.service.NarrativeFeed;
import io.claimflow.store.service.NarrativeLookup;
import io.claimflow.store.service.NarrativeQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /narratives}: the narratives the matcher found (claims joined by links), by filter, one by id with its
 * documents, timeline and claims, and the live feed of their updates. The query parameters are documented by
 * {@link QueryParameterDocs}.
 */
@Path("/narratives")
public class NarrativeResource {

    /** Permanent, and the method is kept: a merged narrative never comes back. */
    private static final int PERMANENT_REDIRECT = 308;

    private final NarrativeQueryService queries;
    private final NarrativeFeed feed;
    private final QueryParameterReader parameters;

    public NarrativeResource(NarrativeQueryService queries, NarrativeFeed feed, QueryParameterReader parameters) {
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
                            examples =
                                    @ExampleObject(
                                            name = "the samples' narrative",
                                            value = ApiExamples.NARRATIVE_PAGE)))
    @Operation(
            summary = "Narratives matching every given filter, merged ones left out, one page at a time",
            description = "Each item is the narrative's summary as match-service last published it. The pages of one "
                    + "listing show the narratives as they stood at its first page, so narratives that grow or merge "
                    + "meanwhile are neither skipped nor repeated; a new first page shows them as they are.")
    @Extension(name = QueryParameterDocs.QUERY_KIND, value = "NARRATIVE_PAGE")
    public NarrativePage list(@Context UriInfo uri) {
        NarrativeQuery query = parameters.readNarratives(QueryKind.NARRATIVE_PAGE, uri, null);
        NarrativeQueryService.Page page = queries.page(query.filter(), query.sort(), query.after(), query.limit());
        String cursor = page.next() == null ? null : PageCursor.encode(page.next());
        return new NarrativePage(page.narratives(), ResourceSupport.nextLink(uri, cursor, query.limit()));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NarrativeDetails.class),
                            examples =
                                    @ExampleObject(
                                            name = "the samples' narrative",
                                            value = ApiExamples.NARRATIVE_DETAILS)))
    @APIResponse(
            responseCode = "308",
            description = "The narrative was merged: Location is the narrative it lives on in",
            headers = @Header(name = "Location"))
    @APIResponse(responseCode = "404", description = "No narrative has this id")
    @Operation(
            summary = "A narrative: its summary, its documents, a timeline of its claims per day and language, and its "
                    + "claims, each with its links and, apart, its suggestions (score and evidence)")
    public Response get(@PathParam("id") String id, @Context UriInfo uri) {
        NarrativeLookup lookup = queries.lookup(id);
        if (lookup instanceof NarrativeLookup.Found found) {
            return Response.ok(found.details()).build();
        }
        if (lookup instanceof NarrativeLookup.Merged merged) {
            return Response.status(PERMANENT_REDIRECT)
                    .location(uri.getBaseUriBuilder()
                            .path(NarrativeResource.class)
                            .path(merged.survivor())
                            .build())
                    .build();
        }
        throw new ProblemException(Problem.of(ProblemKind.NARRATIVE_NOT_FOUND, "No narrative has the id " + id));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "Server-Sent Events: each narrative matching the filters as it is stored, every update and "
                    + "merge (event 'narrative', data its summary, id = resume point)")
    @Extension(name = QueryParameterDocs.QUERY_KIND, value = "NARRATIVE_FEED")
    public void stream(
            @Context UriInfo uri,
            @Parameter(description = "Resume after this event id (browsers send it when they reconnect)")
                    @HeaderParam(QueryParameters.LAST_EVENT_ID)
                    String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        NarrativeQuery query = parameters.readNarratives(QueryKind.NARRATIVE_FEED, uri, lastEventId);
        ResourceSupport.requireStarted(
                feed.subscribe(query.filter(), query.resumeAfter(), new SseFeedSink<>(sink, sse, "narrative")));
    }
}
