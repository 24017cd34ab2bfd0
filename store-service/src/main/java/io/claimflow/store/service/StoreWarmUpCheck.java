package io.claimflow.store.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the write path is warmed up, so the first claims after a start are stored at full speed. */
@Readiness
@ApplicationScoped
public class StoreWarmUpCheck implements HealthCheck {

    private final StoreWarmUp warmUp;

    public StoreWarmUpCheck(StoreWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("store-warm-up")
                .status(warmUp.done())
                .withData("claims", warmUp.claims())
                .build();
    }
}
