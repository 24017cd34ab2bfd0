package io.claimflow.ingest.rest;

import io.claimflow.contracts.event.FactCheck;
import io.claimflow.factcheck.FactCheckReader;
import io.claimflow.factcheck.InvalidInputException;
import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.ingest.service.FactCheckImportService;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.UnknownQueryParameters;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /factchecks}: fact-checks into the library, in any format {@link FactCheckReader} reads (schema.org
 * {@code ClaimReview} JSON-LD, NDJSON, CSV, a CheckThat! collection), the format told by the content. The body is read
 * whole before anything is published: a bad record is a 400 naming it, and nothing of the import is published. 202 when
 * the import added or revised fact-checks, 200 when Kafka had them all ({@link ImportAnswers}).
 */
@Path(SubmissionPaths.FACT_CHECKS)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class FactCheckResource {

    static final String JSON_LD = "application/ld+json";
    static final String CSV = "text/csv";

    private final FactCheckReader reader = new FactCheckReader();
    private final FactCheckImportService imports;
    private final ImportAnswers answers;
    private final IngestConfig config;
    private final Submitter submitter;

    public FactCheckResource(
            FactCheckImportService imports, ImportAnswers answers, IngestConfig config, Submitter submitter) {
        this.imports = imports;
        this.answers = answers;
        this.config = config;
        this.submitter = submitter;
    }

    @POST
    @Consumes({JSON_LD, MediaType.APPLICATION_JSON, BatchSubmissions.NDJSON, CSV})
    @Operation(
            summary = "Import fact-checks: ClaimReview JSON-LD (an object, an array, a DataFeed, a page's @graph), "
                    + "NDJSON or CSV of the same fields, or a CheckThat! vclaims.jsonl; only new and revised ones "
                    + "are published")
    public Uni<Response> importFactChecks(
            byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, @Context UriInfo uri) {
        UnknownQueryParameters.refuseUnknown(uri, List.of());
        List<FactCheck> factChecks = read(decode(body, type));
        return imports.importAll(factChecks, submitter.name()).map(answers::response);
    }

    private List<FactCheck> read(String text) {
        try {
            return reader.read("the body", text);
        } catch (InvalidInputException e) {
            throw new ProblemException(Problem.of(ProblemKind.INVALID_FACT_CHECK, e.getMessage()));
        }
    }

    private String decode(byte[] body, MediaType type) {
        return BodySizeLimit.decode(body, type, config);
    }
}
