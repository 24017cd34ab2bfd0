package io.claimflow.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the team's shared folder (samples and datasets, never copied into the repository): the folder named by
 * {@code CLAIMFLOW_SHARED_DIR}, else a {@code shared/} folder holding {@code DESIGN.md} beside the working directory or
 * one of its parents.
 */
public final class SharedData {

    public static final String ENV = "CLAIMFLOW_SHARED_DIR";
    private static final String MARKER = "DESIGN.md";

    private SharedData() {}

    /** The shared folder, if there is one. */
    public static Optional<Path> locate() {
        return locate(System.getenv(ENV), Path.of("").toAbsolutePath());
    }

    static Optional<Path> locate(String configured, Path start) {
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured).toAbsolutePath();
            return Files.isRegularFile(dir.resolve(MARKER)) ? Optional.of(dir) : Optional.empty();
        }
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isRegularFile(candidate.resolve(MARKER))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The shared folder, or an exception that says how to point at it. */
    public static Path require() {
        return locate().orElseThrow(() -> new IllegalStateException(
                "no shared folder found: set " + ENV + " or run from a checkout that has shared/ beside it"));
    }

    /** A sub-folder or file of the shared folder, if the shared folder and it exist. */
    public static Optional<Path> resolve(String relative) {
        return locate().map(dir -> dir.resolve(relative)).filter(Files::exists);
    }
}
