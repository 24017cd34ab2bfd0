package io.claimflow.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.ingest.metrics.IngestMetrics;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.TextBody;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Refuses a body that announces a Content-Length over {@code claimflow.ingest.max-body-size} with a 413 problem before
 * anything reads it, so an oversized upload costs neither memory nor a bare error page.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before the HTTP layer reads bodies, and so before every resource. */
    private static final int PRIORITY = 200;

    void register(@Observes Filters filters, IngestConfig config, IngestMetrics metrics, ObjectMapper json)
            throws JsonProcessingException {
        long limit = config.maxBodySize().asLongValue();
        String problem = json.writeValueAsString(tooLarge(limit));
        filters.register(
                context -> {
                    String announced = context.request().getHeader("Content-Length");
                    if (announced != null && exceeds(announced, limit)) {
                        metrics.rejected(ProblemKind.BODY_TOO_LARGE.slug());
                        context.response()
                                .setStatusCode(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode())
                                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                                .putHeader("Connection", "close")
                                .end(problem);
                        return;
                    }
                    context.next();
                },
                PRIORITY);
    }

    /** The problem of a body over the limit, whether its length was announced or only found on reading. */
    static Problem tooLarge(long limit) {
        return Problem.of(ProblemKind.BODY_TOO_LARGE, "The body is larger than the " + limit + " bytes taken");
    }

    /** A body as text, refused when over the size limit, not text, or not in the charset it declares. */
    static String decode(byte[] body, MediaType type, IngestConfig config) {
        long limit = config.maxBodySize().asLongValue();
        if (body != null && body.length > limit) {
            throw new ProblemException(tooLarge(limit));
        }
        return TextBody.decode(body, type);
    }

    private static boolean exceeds(String announced, long limit) {
        try {
            return Long.parseLong(announced.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
