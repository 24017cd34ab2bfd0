package io.claimflow.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the accepted documents are read, so that no resubmission is taken for a new document. */
@Readiness
@ApplicationScoped
public class AcceptedDocumentsCheck implements HealthCheck {

    private final AcceptedDocuments accepted;

    public AcceptedDocumentsCheck(AcceptedDocuments accepted) {
        this.accepted = accepted;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("accepted-documents")
                .status(accepted.caughtUp())
                .withData("known", accepted.size())
                .build();
    }
}
