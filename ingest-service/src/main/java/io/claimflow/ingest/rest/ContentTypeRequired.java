package io.claimflow.ingest.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemKind;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A submission must say what its body is: without a Content-Type the framework would pick a reader by
 * guesswork, so such a request is refused with 415 before any method sees it.
 */
public class ContentTypeRequired {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> require(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/documents")
                || (type != null && !type.isBlank())) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(ProblemKind.NO_CONTENT_TYPE,
                "Say what the body is with a Content-Type: application/json, text/plain, text/html, application/x-ndjson or multipart/form-data")
                .toResponse());
    }
}
