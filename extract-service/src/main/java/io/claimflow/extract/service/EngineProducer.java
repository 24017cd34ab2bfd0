package io.claimflow.extract.service;

import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.EngineSettings;
import io.claimflow.extract.config.ExtractConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Builds the extraction engine once, at start-up, so loading models never delays a document. */
public class EngineProducer {

    @Produces
    @Startup
    @ApplicationScoped
    ClaimflowEngine engine(ExtractConfig config) {
        return new ClaimflowEngine(new EngineSettings(config.claimThreshold(), config.timeBudget()), Clock.systemUTC());
    }
}
