package io.claimflow.tools.samples;

import io.claimflow.engine.text.TokenizerDefinition;
import io.claimflow.tools.SharedFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tokenizer agrees with its definition on every line of the shared samples; skipped where they are absent. */
class TokenizerOnSamplesTest {

    @Test
    void agreesWithItsDefinitionOnTheSampleDocuments() throws IOException {
        try (Stream<Path> files = Files.list(SharedFixtures.require("samples"))) {
            for (Path file : files.toList()) {
                Files.readString(file).lines().forEach(TokenizerDefinition::assertAgrees);
            }
        }
    }
}
