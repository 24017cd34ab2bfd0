package io.claimflow.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the accepted documents and the known fact-checks are read, so that no resubmission is taken for a new
 * document and no repeated import publishes again.
 */
@Readiness
@ApplicationScoped
public class AcceptedDocumentsCheck implements HealthCheck {

    private final AcceptedDocuments accepted;
    private final KnownFactChecks factChecks;

    public AcceptedDocumentsCheck(AcceptedDocuments accepted, KnownFactChecks factChecks) {
        this.accepted = accepted;
        this.factChecks = factChecks;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("accepted-documents")
                .status(accepted.caughtUp() && factChecks.caughtUp())
                .withData("known", accepted.size())
                .withData("factChecks", factChecks.size())
                .build();
    }
}
