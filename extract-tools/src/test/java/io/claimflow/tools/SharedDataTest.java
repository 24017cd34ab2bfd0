package io.claimflow.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the shared folder. */
class SharedDataTest {

    @TempDir
    Path root;

    private Path shared() throws IOException {
        Path shared = Files.createDirectories(root.resolve("shared"));
        Files.writeString(shared.resolve("DESIGN.md"), "# design");
        return shared;
    }

    @Test
    void findsTheSharedFolderBesideAParentOfTheWorkingDirectory() throws IOException {
        Path shared = shared();
        Path module = Files.createDirectories(root.resolve("main/extract-engine"));
        assertThat(SharedData.locate(null, module)).contains(shared);
    }

    @Test
    void theEnvironmentVariableWins() throws IOException {
        Path shared = shared();
        assertThat(SharedData.locate(shared.toString(), Path.of("/"))).contains(shared.toAbsolutePath());
        assertThat(SharedData.locate(root.resolve("nowhere").toString(), root)).isEmpty();
    }

    @Test
    void aFolderWithoutTheDesignFileIsNotIt() throws IOException {
        Files.createDirectories(root.resolve("shared"));
        assertThat(SharedData.locate(null, Files.createDirectories(root.resolve("main"))))
                .isEmpty();
    }
}
