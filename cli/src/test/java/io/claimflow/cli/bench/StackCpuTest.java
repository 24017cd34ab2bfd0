package io.claimflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackCpuTest {

    @TempDir
    Path home;

    @Test
    void findsNoStackWhereNoClaimflowUpRunsFromTheCheckout() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc is needed");

        assertThat(StackCpu.find(home)).isEmpty();
    }
}
