package io.claimflow.matching;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * The restart tests' applications: each profile is a new start of match-service (Quarkus stops the previous one), the
 * first two on one index folder, the third on none (as if it had been deleted). Test classes run in their order.
 */
final class RestartProfiles {

    /** One folder per JVM run, so a previous build's index (and offsets) is never found. */
    static Path folder() {
        return Path.of("target", "restart-test", run(), "index");
    }

    /** The claim ids of this JVM's run, shared by the three applications (one JVM, one run). */
    static String run() {
        return System.getProperties()
                .computeIfAbsent("claimflow.test.restart-run", key -> Long.toString(System.nanoTime()))
                .toString();
    }

    private RestartProfiles() {}

    /** The first start, on a new index folder. */
    public static class First implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimflow.match.index-folder", folder().toString());
        }
    }

    /** Started again on the same folder. */
    public static class Again implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimflow.match.index-folder", folder().toString());
        }
    }

    /**
     * Started as after the folder was deleted: on a folder that does not exist (Quarkus builds every profile while it
     * discovers the tests, so a profile cannot delete the first runs' folder at the right time).
     */
    public static class Lost implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "claimflow.match.index-folder",
                    folder().resolveSibling("lost-index").toString());
        }
    }
}
