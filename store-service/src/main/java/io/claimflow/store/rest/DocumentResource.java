package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.mapping.DocumentView;
import io.claimflow.store.mapping.StoredClaim;
import io.claimflow.store.service.ClaimQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /documents/{id}}: a document with its text, status and claims. */
@Path("/documents/{id}")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class DocumentResource {

    private final ClaimQueryService queries;

    public DocumentResource(ClaimQueryService queries) {
        this.queries = queries;
    }

    @GET
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "from a sample document", value = ApiExamples.DOCUMENT)))
    @Operation(summary = "A document's status, language, text and claims, whose spans point into the text")
    public DocumentView get(@PathParam("id") String id) {
        return queries.document(id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/claims")
    @Operation(summary = "A document's claims in document order")
    public List<StoredClaim> claims(@PathParam("id") String id) {
        return queries.claimsOf(id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(Problem.of(ProblemKind.DOCUMENT_NOT_FOUND, "The store knows no document " + id));
    }
}
