package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.mapping.DocumentView;
import io.claimflow.store.mapping.StoredClaim;
import io.claimflow.store.query.DocumentClaimPosition;
import io.claimflow.store.query.DocumentClaimsQuery;
import io.claimflow.store.query.PageCursor;
import io.claimflow.store.query.QueryParameters;
import io.claimflow.store.service.ClaimQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /documents/{id}}: a document with its text, status and claims. A document's claims come in pages of at most
 * {@code claimflow.store.max-document-claims}, so one answer about a 10 MB document fits the service's heap.
 */
@Path("/documents/{id}")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class DocumentResource {

    private final ClaimQueryService queries;
    private final QueryParameterReader parameters;

    public DocumentResource(ClaimQueryService queries, QueryParameterReader parameters) {
        this.queries = queries;
        this.parameters = parameters;
    }

    @GET
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "from a sample document", value = ApiExamples.DOCUMENT)))
    @Operation(
            summary = "A document's status, language, text and first claims, whose spans point into the text; "
                    + "claimsNext links to the rest")
    public DocumentView get(@PathParam("id") String id, @Context UriInfo uri) {
        ClaimQueryService.DocumentRead read = queries.document(id).orElseThrow(() -> notFound(id));
        return read.view()
                .withClaimsNext(
                        claimsLink(uri, id, read.next(), read.view().claims().size()));
    }

    @GET
    @Path("/claims")
    @Operation(summary = "A page of a document's claims in document order; the Link header (rel=next) has the next")
    @APIResponse(
            responseCode = "200",
            headers = @Header(name = "Link", description = "<URL of the next page>; rel=\"next\", absent on the last"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = StoredClaim.class)))
    @Extension(name = QueryParameterDocs.QUERY_KIND, value = "DOCUMENT_CLAIMS")
    public Response claims(@PathParam("id") String id, @Context UriInfo uri) {
        DocumentClaimsQuery query = parameters.readDocumentClaims(uri);
        ClaimQueryService.DocumentClaims page =
                queries.claimsOf(id, query.after(), query.limit()).orElseThrow(() -> notFound(id));
        Response.ResponseBuilder response = Response.ok(page.claims());
        String next = claimsLink(uri, id, page.next(), query.limit());
        if (next != null) {
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** The URL of the page of the document's claims after the position, or null when there is none. */
    private static String claimsLink(UriInfo uri, String id, DocumentClaimPosition after, int limit) {
        return after == null
                ? null
                : UriBuilder.fromUri(uri.getBaseUri())
                        .path(DocumentResource.class)
                        .path("claims")
                        .queryParam(QueryParameters.CURSOR, PageCursor.encode(after))
                        .queryParam(QueryParameters.LIMIT, limit)
                        .build(id)
                        .toString();
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(Problem.of(ProblemKind.DOCUMENT_NOT_FOUND, "The store knows no document " + id));
    }
}
