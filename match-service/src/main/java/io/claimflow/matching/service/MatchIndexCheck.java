package io.claimflow.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the index is open and has caught up with what the group published before (first assignment), and the
 * fact-check library is read.
 */
@Readiness
@ApplicationScoped
public class MatchIndexCheck implements HealthCheck {

    private final MatchIndex index;
    private final FactCheckShelf factChecks;

    public MatchIndexCheck(MatchIndex index, FactCheckShelf factChecks) {
        this.index = index;
        this.factChecks = factChecks;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("match-index")
                .status(index.caughtUp() && factChecks.caughtUp())
                .withData("folder", index.folder().toString())
                .withData("documents", index.engine().indexSize())
                .withData("openedWithOffsets", index.openedWith().toString())
                .withData("caughtUpClaims", index.caughtUpClaims())
                .withData("factChecks", factChecks.caughtUp() ? factChecks.size() : -1)
                .build();
    }
}
