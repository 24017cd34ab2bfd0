package io.claimflow.ingest.rest;

import io.claimflow.ingest.metrics.IngestMetrics;
import io.claimflow.service.rest.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts every refused submission by the kind of its problem, wherever it was refused (parsing, validation, media type,
 * size, authentication). Batches count their lines themselves.
 */
public class SubmissionMetricsFilter {

    private final IngestMetrics metrics;

    public SubmissionMetricsFilter(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (!request.getUriInfo().getPath().startsWith(SubmissionPaths.DOCUMENTS) || status < 400 || status >= 500) {
            return;
        }
        String reason =
                response.getEntity() instanceof Problem problem ? problem.kind().slug() : "http-" + status;
        metrics.rejected(reason);
    }
}
