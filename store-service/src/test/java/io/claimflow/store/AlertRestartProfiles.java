package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.claim;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The alert restart tests' applications: two starts of store-service on one database and broker (Quarkus stops the
 * first before the second). Quarkus runs the classes of a profile together, profiles in the order of their names, so
 * the first start's profile sorts first. What the two share goes through system properties: each start loads the test
 * classes anew.
 */
final class AlertRestartProfiles {

    static final String SECRET = "a-secret-kept-across-restarts";

    private AlertRestartProfiles() {}

    /** The run's id, shared by both starts (one JVM, one run). */
    static String run() {
        return shared("run", Long.toString(System.nanoTime()));
    }

    /** Remembers a value for the second start (the first one given wins). */
    static String shared(String name, String value) {
        return System.getProperties()
                .computeIfAbsent("claimflow.test.alert-restart." + name, key -> value)
                .toString();
    }

    static String claimant() {
        return "Restarted " + run();
    }

    /** The same claim whichever start builds it: the first fires the alert, the second has it redelivered. */
    static ClaimExtracted watchedClaim(int ordinal) {
        return claim("restart-" + run(), ordinal, "The convoy left Raqqa with " + (ordinal + 3) + ",000 fighters.")
                .claimant(claimant(), ClaimantType.PERSON)
                .build();
    }

    private static Map<String, String> quickPolls() {
        return Map.of("claimflow.store.alerts.poll-interval", "200ms");
    }

    /** The first start. */
    public static class FirstStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return quickPolls();
        }
    }

    /** Started again. */
    public static class SecondStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return quickPolls();
        }
    }
}
