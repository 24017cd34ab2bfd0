package io.claimflow.tools;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reaches the shared samples and datasets from tests, which are skipped where there is no shared folder. */
public final class SharedFixtures {

    private SharedFixtures() {}

    /** A path of the shared folder; skips the calling test when it is not there. */
    public static Path require(String relative) {
        assumeTrue(
                SharedData.resolve(relative).isPresent(),
                "skipped: no shared folder with " + relative + " (set " + SharedData.ENV
                        + " or keep shared/ beside the checkout)");
        return SharedData.resolve(relative).orElseThrow();
    }

    /** The text of a shared sample document, by the start of its file name. */
    public static String sample(String prefix) {
        Path folder = require("samples");
        try (var files = Files.list(folder)) {
            Path file = files.filter(path -> path.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
