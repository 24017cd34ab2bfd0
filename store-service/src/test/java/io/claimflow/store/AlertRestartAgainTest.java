package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.sendInOrder;
import static io.claimflow.store.StoreFixtures.storedClaims;
import static io.claimflow.store.WatchAlertsTest.alertsOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.claimflow.testkit.quarkus.SharedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Alerts across a restart, part 2: store-service started again, the first claim redelivered and a second one behind it.
 * The first alert is neither fired, published nor delivered again; the second is, once.
 */
@QuarkusTest
@TestProfile(AlertRestartProfiles.SecondStart.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(SharedPostgresTestResource.class)
class AlertRestartAgainTest extends ReadyServiceTest {

    @Test
    void theRestartedStoreNeitherFiresNorDeliversTheFirstAlertAgain() throws Exception {
        String watchId = System.getProperty("claimflow.test.alert-restart.watch");
        assertThat(watchId).as("part 1 (AlertRestartFirstTest) ran in this JVM").isNotNull();
        int port = Integer.parseInt(System.getProperty("claimflow.test.alert-restart.port"));
        // The webhook back at the address the watch has, counting what arrives after the restart.
        try (WebhookReceiver receiver = new WebhookReceiver(AlertRestartProfiles.SECRET, n -> 200, port)) {
            ClaimExtracted first = AlertRestartProfiles.watchedClaim(0);
            ClaimExtracted second = AlertRestartProfiles.watchedClaim(1);
            sendInOrder(first, second);
            await(() -> storedClaims(first.documentId()) == 2);
            await(() -> !receiver.received().isEmpty());

            assertThat(receiver.received())
                    .extracting(WebhookReceiver.Received::alertId)
                    .containsExactly(watchId + "/" + second.claimId());
            List<String> published = alertsOf(watchId, 2).stream()
                    .map(record ->
                            new String(record.headers().lastHeader("ce_id").value()))
                    .toList();
            assertThat(published).containsExactly(watchId + "/" + first.claimId(), watchId + "/" + second.claimId());
            assertThat(given().get("/watches/{id}", watchId).jsonPath().getString("lastError"))
                    .isNull();
        }
    }
}
