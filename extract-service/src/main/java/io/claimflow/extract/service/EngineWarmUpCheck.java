package io.claimflow.extract.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the engine is warmed up, so the first documents after a start are extracted at full speed. */
@Readiness
@ApplicationScoped
public class EngineWarmUpCheck implements HealthCheck {

    private final EngineWarmUp warmUp;

    public EngineWarmUpCheck(EngineWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("engine-warm-up")
                .status(warmUp.done())
                .withData("documents", warmUp.documents())
                .build();
    }
}
