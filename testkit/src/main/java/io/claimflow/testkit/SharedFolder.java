package io.claimflow.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the team's {@code shared/} folder (samples, datasets) beside the repository, where CI puts it.
 * {@code CLAIMFLOW_SHARED_DIR} names it explicitly; otherwise it is looked for next to each parent of
 * the working directory. Tests that need it skip, saying so, where it is absent.
 */
public final class SharedFolder {

    public static final String ENV = "CLAIMFLOW_SHARED_DIR";

    private SharedFolder() {}

    public static Optional<Path> locate() {
        String configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return isShared(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (isShared(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The sub-folder of shared/, if shared/ and it exist. */
    public static Optional<Path> locate(String child) {
        return locate().map(shared -> shared.resolve(child)).filter(Files::isDirectory);
    }

    private static boolean isShared(Path path) {
        return path != null && Files.isRegularFile(path.resolve("DESIGN.md"));
    }
}
