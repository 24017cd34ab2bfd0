package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.send;
import static io.claimflow.store.WatchAlertsTest.alertsOf;
import static io.claimflow.store.WatchAlertsTest.watch;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.claimflow.testkit.quarkus.SharedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Alerts across a restart, part 1: a watch fires on a claim, published and delivered to its webhook once. */
@QuarkusTest
@TestProfile(AlertRestartProfiles.FirstStart.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(SharedPostgresTestResource.class)
class AlertRestartFirstTest extends ReadyServiceTest {

    @Test
    void aWatchFiresAndDeliversOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(AlertRestartProfiles.SECRET, n -> 200)) {
            String watchId = watch(Map.of(
                    "name",
                    "restart watch",
                    "claimant",
                    AlertRestartProfiles.claimant(),
                    "webhook",
                    receiver.url(),
                    "secret",
                    AlertRestartProfiles.SECRET));
            AlertRestartProfiles.shared("watch", watchId);
            AlertRestartProfiles.shared("port", receiver.url().replaceAll(".*:(\\d+)/.*", "$1"));
            ClaimExtracted claim = AlertRestartProfiles.watchedClaim(0);
            send(claim);
            await(() -> given().get("/watches/{id}", watchId).jsonPath().getString("lastDeliveredAt") != null);

            assertThat(receiver.received())
                    .extracting(WebhookReceiver.Received::alertId)
                    .containsExactly(watchId + "/" + claim.claimId());
            assertThat(alertsOf(watchId, 1)).hasSize(1);
        }
    }
}
