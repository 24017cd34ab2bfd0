package io.claimflow.store.rest;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.store.config.StoreConfig;
import io.claimflow.store.mapping.ClaimPage;
import io.claimflow.store.service.ClaimFeed;
import io.claimflow.store.service.ClaimFilter;
import io.claimflow.store.service.ClaimQueryService;
import io.claimflow.store.service.ClaimSort;
import io.claimflow.store.service.PagePosition;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /claims}: stored claims by filter, one claim by id, and the live feed of new claims. */
@Path("/claims")
public class ClaimResource {

    private static final Set<String> PAGE_PARAMETERS = Set.of("sort", "limit", "cursor");

    private final ClaimQueryService queries;
    private final ClaimFeed feed;
    private final StoreConfig config;

    public ClaimResource(ClaimQueryService queries, ClaimFeed feed, StoreConfig config) {
        this.queries = queries;
        this.feed = feed;
        this.config = config;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "from a sample document", value = ApiExamples.PAGE)))
    @Operation(summary = "Claims matching every given filter, newest or most check-worthy first, one page at a time")
    public ClaimPage list(
            @BeanParam ClaimQueryParams params,
            @Parameter(description = "newest (default) or score") @QueryParam("sort") String sort,
            @Parameter(description = "Claims per page, 1..200 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the previous page's next link") @QueryParam("cursor") String cursor) {
        ClaimFilter filter = params.filter(PAGE_PARAMETERS);
        ClaimSort order = params.sort(sort);
        int size = params.limit(limit, config.defaultPageSize(), config.maxPageSize());
        PagePosition after = Cursors.decode(cursor, order, params);
        params.check();
        ClaimQueryService.Page page = queries.page(filter, order, after, size);
        String next = page.next() == null
                ? null
                : UriBuilder.fromUri(params.uri.getRequestUri())
                        .replaceQueryParam("cursor", Cursors.encode(page.next()))
                        .replaceQueryParam("limit", size)
                        .build()
                        .toString();
        return new ClaimPage(page.claims(), next);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "from a sample document", value = ApiExamples.CLAIM)))
    @Operation(summary = "One claim by its id")
    public ClaimExtracted get(@PathParam("id") String id) {
        return queries.claim(id).orElseThrow(() -> new ProblemException(
                Problem.of(ProblemKind.CLAIM_NOT_FOUND, "No claim has the id " + id)));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events: each new claim matching the filters as it is stored (event 'claim', id = resume point)")
    public void stream(
            @BeanParam ClaimQueryParams params,
            @Parameter(description = "Resume after this event id (browsers send it when they reconnect)")
                    @HeaderParam("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        ClaimFilter filter = params.filter(Set.of());
        Long resumeAfter = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                resumeAfter = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                params.reject("Last-Event-ID", "must be the id of an event of this feed");
            }
        }
        params.check();
        feed.subscribe(filter, resumeAfter, sink, sse);
    }
}
