package io.claimflow.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the known fact-checks are read, so that no repeated import publishes again. */
@Readiness
@ApplicationScoped
public class KnownFactChecksCheck implements HealthCheck {

    private final KnownFactChecks factChecks;

    public KnownFactChecksCheck(KnownFactChecks factChecks) {
        this.factChecks = factChecks;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("known-fact-checks")
                .status(factChecks.caughtUp())
                .withData("factChecks", factChecks.size())
                .build();
    }
}
