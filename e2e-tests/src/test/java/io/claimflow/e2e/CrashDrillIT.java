package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.EmbeddedKafkaBroker;
import io.claimflow.testkit.postgres.TestPostgres;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Crash drill: under a steady load, {@code kill -9} of extract-service, then match-service, store-service and
 * ingest-service, each restarted; then a SIGTERM of each, which must end it by itself within the grace period.
 * Afterwards every document that was acknowledged has its claims in the store exactly once, the claims topic holds no
 * claim twice for a read-committed consumer, and every claim has exactly one match on the claim-matches topic. Rerun:
 * {@code ./mvnw -B verify -pl e2e-tests -am -Dit.test=CrashDrillIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false}
 */
class CrashDrillIT {

    static final int DOCUMENTS = 2400;
    static final int PER_SECOND = 30;
    private static final List<ClaimflowService> ORDER =
            List.of(ClaimflowService.EXTRACT, ClaimflowService.MATCH, ClaimflowService.STORE, ClaimflowService.INGEST);

    @Test
    void everyAcknowledgedDocumentSurvivesKillsAndRestartsExactlyOnce() throws Exception {
        Map<String, Object> events = new LinkedHashMap<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.createTemporary().start();
                Pipeline pipeline =
                        Pipeline.start(broker.bootstrapServers(), TestPostgres.newDatabase("crash"), "crash-drill");
                SteadyLoad load = SteadyLoad.start(pipeline.ingestUrl, "crash", DOCUMENTS, PER_SECOND)) {
            long start = System.nanoTime();
            for (ClaimflowService service : ORDER) {
                at(start, events.size() * 10 + 10);
                pipeline.kill(service);
                events.put(service + " killed (kill -9) after documents posted", load.sent());
                pipeline.restart(service);
            }
            for (ClaimflowService service : ORDER) {
                at(start, events.size() * 10 + 10);
                boolean exited = pipeline.terminate(service);
                events.put(service + " stopped (SIGTERM) after documents posted", load.sent());
                assertThat(exited)
                        .as("%s ends by itself on SIGTERM within the grace period", service)
                        .isTrue();
                pipeline.restart(service);
            }
            SteadyLoad.Result result = load.finish();
            DeliveryAudit.check("crash-drill", pipeline, result, events);
        }
    }

    /** Sleeps until {@code seconds} after {@code start}. */
    private static void at(long start, int seconds) throws InterruptedException {
        long wait = start + Duration.ofSeconds(seconds).toNanos() - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000);
        }
    }
}
