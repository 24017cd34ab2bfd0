package io.claimflow.ingest.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemKind;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A submission must say what its body is, as one of the types {@code POST /documents} reads: without a Content-Type the
 * framework would pick a reader by guesswork, and with another one it would answer in its own words; either is refused
 * with a 415 that lists the accepted types before any method sees the request.
 */
public class AcceptedContentTypes {

    /** What {@link DocumentResource}'s methods consume, in the order a client is told. */
    static final List<String> ACCEPTED = List.of(
            MediaType.APPLICATION_JSON,
            MediaType.TEXT_PLAIN,
            MediaType.TEXT_HTML,
            BatchSubmissions.NDJSON,
            MediaType.MULTIPART_FORM_DATA);

    /** The same types parsed once: every submission is checked against them. */
    private static final List<MediaType> ACCEPTED_TYPES =
            ACCEPTED.stream().map(MediaType::valueOf).toList();

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> require(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/documents")) {
            return Optional.empty();
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String accepted = String.join(", ", ACCEPTED);
        if (type == null || type.isBlank()) {
            return Optional.of(
                    Problem.of(ProblemKind.NO_CONTENT_TYPE, "Say what the body is with a Content-Type: " + accepted)
                            .toResponse());
        }
        if (isAccepted(type)) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(
                        ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                        "The Content-Type '" + type.strip() + "' is not taken here; send one of " + accepted)
                .toResponse());
    }

    private static boolean isAccepted(String type) {
        MediaType given;
        try {
            given = MediaType.valueOf(type.strip());
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
        return ACCEPTED_TYPES.stream()
                .anyMatch(accepted -> accepted.getType().equalsIgnoreCase(given.getType())
                        && accepted.getSubtype().equalsIgnoreCase(given.getSubtype()));
    }
}
