package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.config.StoreConfig;
import io.claimflow.store.mapping.ClaimCsv;
import io.claimflow.store.mapping.ClaimPage;
import io.claimflow.store.mapping.ClaimReviewSkeleton;
import io.claimflow.store.mapping.StoredClaim;
import io.claimflow.store.query.ClaimFormat;
import io.claimflow.store.query.ClaimQuery;
import io.claimflow.store.query.PageCursor;
import io.claimflow.store.query.PagePosition;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /claims}: stored claims by filter (JSON or CSV), one claim by id (JSON, or a ClaimReview JSON-LD skeleton),
 * and the live feed of new claims. The query parameters are documented by {@link QueryParameterDocs}.
 */
@Path("/claims")
public class ClaimResource {

    private final ClaimQueryService queries;
    private final ClaimFeed feed;
    private final QueryParameterReader parameters;
    private final StoreConfig config;

    public ClaimResource(
            ClaimQueryService queries, ClaimFeed feed, QueryParameterReader parameters, StoreConfig config) {
        this.queries = queries;
        this.feed = feed;
        this.parameters = parameters;
        this.config = config;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ClaimCsv.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @APIResponse(
            responseCode = "200",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        examples = @ExampleObject(name = "from a sample document", value = ApiExamples.PAGE)),
                @Content(mediaType = ClaimCsv.MEDIA_TYPE)
            })
    @Operation(
            summary = "Claims matching every given filter, newest or most check-worthy first, one page at a time; "
                    + "as CSV (format=csv or Accept: text/csv), every matching claim in one answer")
    @Extension(name = QueryParameterDocs.QUERY_KIND, value = "PAGE")
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        ClaimQuery query = parameters.read(QueryKind.PAGE, uri, null);
        if (asCsv(query.format(), headers.getAcceptableMediaTypes())) {
            return Response.ok((StreamingOutput) out -> writeCsv(query, out), ClaimCsv.MEDIA_TYPE + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"claims.csv\"")
                    .build();
        }
        ClaimQueryService.Page page = queries.page(query.filter(), query.sort(), query.after(), query.limit());
        String cursor = page.next() == null ? null : PageCursor.encode(page.next());
        return Response.ok(new ClaimPage(page.claims(), ResourceSupport.nextLink(uri, cursor, query.limit())))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    // format wins; without it, CSV only when the client prefers it to JSON (a browser's */* gets JSON).
    private static boolean asCsv(ClaimFormat format, List<MediaType> accepted) {
        if (format != null) {
            return format == ClaimFormat.CSV;
        }
        return ResourceSupport.prefersToJson(accepted, MediaType.valueOf(ClaimCsv.MEDIA_TYPE));
    }

    // Every page from the query's cursor on, each read at the largest page size, written as it comes.
    private void writeCsv(ClaimQuery query, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(ClaimCsv.header());
        PagePosition after = query.after();
        do {
            ClaimQueryService.Page page = queries.page(query.filter(), query.sort(), after, config.maxPageSize());
            for (StoredClaim claim : page.claims()) {
                writer.write(ClaimCsv.row(claim));
            }
            writer.flush();
            after = page.next();
        } while (after != null);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, ClaimReviewSkeleton.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @APIResponse(
            responseCode = "200",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = StoredClaim.class),
                        examples = @ExampleObject(name = "from a sample document", value = ApiExamples.CLAIM)),
                @Content(
                        mediaType = ClaimReviewSkeleton.MEDIA_TYPE,
                        schema = @Schema(implementation = ClaimReviewSkeleton.class),
                        examples =
                                @ExampleObject(
                                        name = "a skeleton for a fact-checker to complete",
                                        value = ApiExamples.CLAIM_REVIEW))
            })
    @Operation(
            summary = "One claim by its id; with Accept: " + ClaimReviewSkeleton.MEDIA_TYPE
                    + ", as a schema.org ClaimReview JSON-LD "
                    + "skeleton for a fact-checker to complete (verdict, review author, URL and date null)")
    public Response get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        MediaType claimReview = MediaType.valueOf(ClaimReviewSkeleton.MEDIA_TYPE);
        if (ResourceSupport.prefersToJson(headers.getAcceptableMediaTypes(), claimReview)) {
            ClaimReviewSkeleton skeleton =
                    queries.claimReview(id, uri.getAbsolutePath().toString()).orElseThrow(() -> claimNotFound(id));
            return Response.ok(skeleton, claimReview).build();
        }
        StoredClaim claim = queries.claim(id).orElseThrow(() -> claimNotFound(id));
        return Response.ok(claim, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static ProblemException claimNotFound(String id) {
        return new ProblemException(Problem.of(ProblemKind.CLAIM_NOT_FOUND, "No claim has the id " + id));
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
