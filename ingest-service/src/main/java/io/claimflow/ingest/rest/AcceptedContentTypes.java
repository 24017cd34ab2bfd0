package io.claimflow.ingest.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemKind;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A submission must say what its body is, as one of the types its endpoint reads ({@code POST /documents}, {@code POST
 * /factchecks}): without a Content-Type the framework would pick a reader by guesswork, and with another one it would
 * answer in its own words; either is refused with a 415 that lists the accepted types before any method sees the
 * request.
 */
public class AcceptedContentTypes {

    /** What {@link DocumentResource}'s methods consume, in the order a client is told. */
    static final List<String> DOCUMENT_TYPES = List.of(
            MediaType.APPLICATION_JSON,
            MediaType.TEXT_PLAIN,
            MediaType.TEXT_HTML,
            BatchSubmissions.NDJSON,
            MediaType.MULTIPART_FORM_DATA);

    /** What {@link FactCheckResource} consumes, in the order a client is told. */
    static final List<String> FACT_CHECK_TYPES = List.of(
            FactCheckResource.JSON_LD, MediaType.APPLICATION_JSON, BatchSubmissions.NDJSON, FactCheckResource.CSV);

    /** The submission endpoints, each with the types it reads. */
    private static final Map<String, List<String>> ACCEPTED_BY_PATH =
            Map.of(SubmissionPaths.DOCUMENTS, DOCUMENT_TYPES, SubmissionPaths.FACT_CHECKS, FACT_CHECK_TYPES);

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> require(ContainerRequestContext request) {
        List<String> acceptedTypes = SubmissionPaths.endpoint(
                        request.getUriInfo().getPath())
                .filter(path -> "POST".equals(request.getMethod()))
                .map(ACCEPTED_BY_PATH::get)
                .orElse(null);
        if (acceptedTypes == null) {
            return Optional.empty();
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String accepted = String.join(", ", acceptedTypes);
        if (type == null || type.isBlank()) {
            return Optional.of(
                    Problem.of(ProblemKind.NO_CONTENT_TYPE, "Say what the body is with a Content-Type: " + accepted)
                            .toResponse());
        }
        if (isAccepted(type, acceptedTypes)) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(
                        ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                        "The Content-Type '" + type.strip() + "' is not taken here; send one of " + accepted)
                .toResponse());
    }

    private static boolean isAccepted(String type, List<String> acceptedTypes) {
        MediaType given;
        try {
            given = MediaType.valueOf(type.strip());
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
        return acceptedTypes.stream()
                .map(MediaType::valueOf)
                .anyMatch(accepted -> accepted.getType().equalsIgnoreCase(given.getType())
                        && accepted.getSubtype().equalsIgnoreCase(given.getSubtype()));
    }
}
