package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.stack.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimflow up} killed with SIGKILL, as a closed terminal or a killed laptop session ends it: its services and
 * PostgreSQL outlive it, and the next {@code up} on the same data folder stops them, says so, and starts with the data
 * the first one kept. A second {@code up} while one runs is refused, and touches nothing of the running one.
 */
class ClaimflowUpCrashIT {

    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path work;

    @Test
    void theNextUpStopsWhatAKilledUpLeftAndFindsItsData() throws Exception {
        Path data = work.resolve("data");
        int ingest = FreePorts.next();
        int store = FreePorts.next();
        String[] up = ClaimflowCommand.upOn(data, FreePorts.next(), ingest, FreePorts.next(), store, FreePorts.next());
        Path firstOutput = ClaimflowCommand.logs().resolve("claimflow-up-killed.out");
        Process first = ClaimflowCommand.start(firstOutput, up);
        List<ProcessHandle> left = new ArrayList<>();
        String documentId;
        try {
            ClaimflowCommand.awaitOutput(first, firstOutput, "Press Ctrl-C to stop.", START);
            Path document = Files.writeString(
                    work.resolve("document.txt"),
                    "Power cut in Riverton\n\nThe city council said on 3 March 2024 that 1,200 households lost "
                            + "power for two days after the storm. According to the utility, repairs cost "
                            + "4.5 million euros. The mayor claimed that the outage was the longest since 1998.\n");
            ClaimflowCommand.Run ingested = ClaimflowCommand.run(
                    ClaimflowCommand.logs().resolve("claimflow-ingest-before-kill.out"),
                    Duration.ofMinutes(2),
                    "ingest",
                    "--ingest-url",
                    "http://localhost:" + ingest,
                    document.toString());
            assertThat(ingested.exitCode()).as(ingested.output()).isZero();
            documentId = ingested.output().replaceFirst("(?s).*accepted\\s+(\\S+).*", "$1");
            assertThat(new StoreReads("http://localhost:" + store).awaitComplete(List.of(documentId), START))
                    .isTrue();

            // A second up on the same folder while this one runs is refused before it starts anything.
            ClaimflowCommand.Run refused = ClaimflowCommand.run(
                    ClaimflowCommand.logs().resolve("claimflow-up-refused.out"), Duration.ofMinutes(1), up);
            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(3);
            assertThat(refused.output()).contains("another claimflow up (pid " + first.pid() + ") runs on " + data);
            assertThat(first.isAlive()).isTrue();

            first.descendants().forEach(left::add);
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(first.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        left.addAll(ClaimflowCommand.postgresOf(data));
        assertThat(left)
                .as("what SIGKILL left running: the services and PostgreSQL outlive up")
                .anyMatch(ProcessHandle::isAlive);

        Path secondOutput = ClaimflowCommand.logs().resolve("claimflow-up-after-kill.out");
        Process second = ClaimflowCommand.start(secondOutput, up);
        try {
            ClaimflowCommand.awaitOutput(second, secondOutput, "Press Ctrl-C to stop.", START);
            assertThat(Files.readString(secondOutput))
                    .contains("Stopped what the last claimflow up on " + data + " left running: ")
                    .contains("PostgreSQL (pid ")
                    .contains("store-service (pid ");
            assertThat(left).as("nothing of the killed up still runs").noneMatch(ProcessHandle::isAlive);
            assertThat(new StoreReads("http://localhost:" + store)
                            .get("/documents/" + documentId)
                            .path("storedClaims")
                            .asInt())
                    .as("the claims the first up stored")
                    .isPositive();
        } finally {
            second.destroy();
            assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(ClaimflowCommand.postgresOf(data)).noneMatch(ProcessHandle::isAlive);
    }
}
