package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.FreePorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * claimflow as a user runs it: {@code up} on free ports in a process of its own, {@code ingest} of the documents, the
 * claims read back through the store and through {@code tail}, a signal to stop, and nothing left running; then a
 * second {@code up --demo} on the same data finds the documents again. A signal while {@code up} is still starting
 * stops what had started.
 */
class ClaimflowUpIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final Pattern ID = Pattern.compile("(accepted|duplicate)\\s+(\\S+)");

    private static final String PAGE = "<html><head><title>Coalition let fighters leave Raqqa</title></head><body>"
            + "<article><p>The BBC reported on 13 November 2017 that 4,000 fighters left Raqqa under a "
            + "deal.</p></article>"
            + "</body></html>";

    @TempDir
    Path work;

    @Test
    void upIngestTailAndStopAsAUserWould() throws Exception {
        Path data = work.resolve("data");
        Path documents = documentsFolder();
        int kafka = FreePorts.next();
        int ingest = FreePorts.next();
        int extract = FreePorts.next();
        int store = FreePorts.next();
        int match = FreePorts.next();
        String[] up = ClaimflowCommand.upOn(data, kafka, ingest, extract, store, match);
        Path upOutput = ClaimflowCommand.logs().resolve("claimflow-up.out");

        Process stack = ClaimflowCommand.start(upOutput, up);
        List<ProcessHandle> children;
        List<String> ids;
        try {
            ClaimflowCommand.awaitOutput(stack, upOutput, "Press Ctrl-C to stop.", START);
            assertThat(Files.readString(upOutput))
                    .contains(
                            "http://localhost:" + ingest + "/documents",
                            "localhost:" + kafka,
                            "claimflow.claims.v1",
                            "/q/openapi");
            children = stack.descendants().toList();

            ClaimflowCommand.Run ingested = ClaimflowCommand.run(
                    ClaimflowCommand.logs().resolve("claimflow-ingest.out"),
                    Duration.ofMinutes(2),
                    "ingest",
                    "--ingest-url",
                    "http://localhost:" + ingest,
                    documents.toString());
            assertThat(ingested.exitCode()).as(ingested.output()).isZero();
            ids = idsIn(ingested.output());
            assertThat(ids).hasSize(countFiles(documents));

            StoreReads storeReads = new StoreReads("http://localhost:" + store);
            assertThat(storeReads.awaitComplete(ids, Duration.ofMinutes(3)))
                    .as("every document's claims in the store")
                    .isTrue();
            int claims = ids.stream()
                    .mapToInt(id -> storeReads
                            .get("/documents/" + id)
                            .path("storedClaims")
                            .asInt())
                    .sum();
            assertThat(claims).isPositive();

            ClaimflowCommand.Run tailed = ClaimflowCommand.run(
                    ClaimflowCommand.logs().resolve("claimflow-tail.out"),
                    Duration.ofMinutes(1),
                    "tail",
                    "--bootstrap-servers",
                    "localhost:" + kafka,
                    "--from-beginning",
                    "--json",
                    "--max-claims",
                    "3");
            assertThat(tailed.exitCode()).as(tailed.output()).isZero();
            List<ClaimExtracted> fromTail = tailed.output()
                    .lines()
                    .filter(line -> line.startsWith("{"))
                    .map(ClaimflowUpIT::claim)
                    .toList();
            assertThat(fromTail).hasSize(3).allSatisfy(claim -> assertThat(ids).contains(claim.documentId()));

            Path profiles = work.resolve("profiles");
            ClaimflowCommand.Run bench = ClaimflowCommand.run(
                    ClaimflowCommand.logs().resolve("claimflow-bench.out"),
                    Duration.ofMinutes(3),
                    "bench",
                    "--documents",
                    "20",
                    "--rate",
                    "10",
                    "--profile",
                    profiles.toString(),
                    "--ingest-url",
                    "http://localhost:" + ingest,
                    "--store-url",
                    "http://localhost:" + store,
                    "--bootstrap-servers",
                    "localhost:" + kafka);
            assertThat(bench.exitCode()).as(bench.output()).isZero();
            assertThat(bench.output())
                    .as("the benchmark accounts the CPU of every part of the stack and profiles each JVM")
                    .contains("complete 20", "lost 0, claims seen twice 0", "Broker requests during the run")
                    .containsPattern("(?m)^  Produce +\\d+ requests  mean")
                    .containsPattern("(?m)^  EndTxn +\\d+ requests  mean")
                    .containsPattern("PostgreSQL statements during the run[^\\n]*\\n(  .*\\n)*  +\\d+ calls .*claim")
                    .containsPattern("Java CPU samples of extract-service[^\\n]*\\n(  .*\\n)*  engine ");
            assertThat(profiles.resolve("extract-service.jfr")).isNotEmptyFile();
            for (String part : List.of("broker (claimflow up)", "ingest-service", "extract-service", "store-service")) {
                assertThat(cpuSecondsOf(bench.output(), part)).as(part).isPositive();
            }
            assertThat(cpuSecondsOf(bench.output(), "PostgreSQL"))
                    .as("PostgreSQL, found by its data folder")
                    .isPositive();

            ClaimflowCommand.Run soak = ClaimflowCommand.run(
                    ClaimflowCommand.logs().resolve("claimflow-bench-soak.out"),
                    Duration.ofMinutes(3),
                    "bench",
                    "soak",
                    "--minutes",
                    "0.5",
                    "--rate",
                    "1",
                    "--every",
                    "PT10S",
                    "--ingest-url",
                    "http://localhost:" + ingest,
                    "--store-url",
                    "http://localhost:" + store,
                    "--bootstrap-servers",
                    "localhost:" + kafka);
            assertThat(soak.exitCode()).as(soak.output()).isZero();
            assertThat(soak.output())
                    .as("the soak reports each interval, samples every JVM and the database, and what grew")
                    .contains("complete 30", "lost 0, claims seen twice 0", "store-service heap/old/RSS")
                    .containsPattern("(?m)^ +0\\.3 \\| [1-9]\\d* \\| ")
                    // The first sample's minute is when jstat answered for every JVM: 0.0, or 0.1 on a busy machine.
                    .containsPattern("(?m)^ +0\\.\\d( \\| \\d+/\\d+/\\d+){5} \\| \\d+\\.\\d( \\| (\\d+|-))+$")
                    .contains("| lag claimflow-match |")
                    .containsPattern("store-service: old generation floor \\d+ MB in the first half")
                    .containsPattern("PostgreSQL files: [1-9]\\d*\\.\\d MB at the start");

            Path page = Files.writeString(
                    Files.createDirectories(work.resolve("pages")).resolve("page.html"), PAGE);
            ClaimflowCommand.Run pageIngested = ClaimflowCommand.run(
                    ClaimflowCommand.logs().resolve("claimflow-ingest-page.out"),
                    Duration.ofMinutes(1),
                    "ingest",
                    "--ingest-url",
                    "http://localhost:" + ingest,
                    page.toString());
            assertThat(pageIngested.exitCode()).as(pageIngested.output()).isZero();
            String pageId = idsIn(pageIngested.output()).get(0);
            assertThat(storeReads.awaitComplete(List.of(pageId), Duration.ofMinutes(1)))
                    .as("the page stored")
                    .isTrue();
            assertThat(storeReads.get("/documents/" + pageId).path("title").asText())
                    .as("a page ingested from a file keeps its own title")
                    .isEqualTo("Coalition let fighters leave Raqqa");
        } finally {
            stack.destroy(); // SIGTERM, as Ctrl-C's shutdown would be
            assertThat(stack.waitFor(2, TimeUnit.MINUTES))
                    .as("claimflow up stops on a signal")
                    .isTrue();
        }
        assertThat(Files.readString(upOutput)).contains("Stopped.");
        assertThat(children).isNotEmpty().noneMatch(ProcessHandle::isAlive);
        assertThat(ClaimflowCommand.postgresOf(data)).as("PostgreSQL stopped").noneMatch(ProcessHandle::isAlive);
        assertThat(List.of(kafka, ingest, extract, store, match)).noneMatch(FreePorts::isTaken);

        Path again = ClaimflowCommand.logs().resolve("claimflow-up-again.out");
        Process second = ClaimflowCommand.start(
                again, Stream.concat(Stream.of(up), Stream.of("--demo")).toArray(String[]::new));
        try {
            ClaimflowCommand.awaitOutput(second, again, "Press Ctrl-C to stop.", START);
            String output = Files.readString(again);
            assertThat(output)
                    .as("the second up reuses the data: the demo documents are known")
                    .contains("200  " + ids.get(0));
            assertThat(output).contains("The most check-worthy claims found:");
        } finally {
            second.destroy();
            assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
        }
    }

    @Test
    void aSignalWhileStartingStopsWhatHadStarted() throws Exception {
        Path data = work.resolve("interrupted");
        int kafka = FreePorts.next();
        int ingest = FreePorts.next();
        int extract = FreePorts.next();
        int store = FreePorts.next();
        int match = FreePorts.next();
        Path output = ClaimflowCommand.logs().resolve("claimflow-up-interrupted.out");
        Process stack =
                ClaimflowCommand.start(output, ClaimflowCommand.upOn(data, kafka, ingest, extract, store, match));
        List<ProcessHandle> services;
        try {
            services = awaitServiceProcesses(stack);
            assertThat(Files.readString(output)).doesNotContain("Claimflow is up");
        } finally {
            stack.destroy(); // SIGTERM while the services are still starting
            assertThat(stack.waitFor(2, TimeUnit.MINUTES))
                    .as("claimflow up stops on a signal during its start")
                    .isTrue();
        }
        assertThat(services).as("no service left running").noneMatch(ProcessHandle::isAlive);
        assertThat(ClaimflowCommand.postgresOf(data)).as("PostgreSQL stopped").noneMatch(ProcessHandle::isAlive);
        assertThat(List.of(kafka, ingest, extract, store, match)).noneMatch(FreePorts::isTaken);
    }

    /** The service processes of a starting {@code up}, once it has launched them. */
    private static List<ProcessHandle> awaitServiceProcesses(Process stack) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && stack.isAlive()) {
            List<ProcessHandle> services = stack.descendants()
                    .filter(process -> process.info().commandLine().orElse("").contains("quarkus-run.jar"))
                    .toList();
            if (services.size() == ClaimflowService.values().length) {
                return services;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("claimflow up did not launch its services");
    }

    /** The documents --demo ingests too, as files in a folder of this test. */
    private Path documentsFolder() throws IOException {
        Path folder = Files.createDirectories(work.resolve("documents"));
        for (Map.Entry<String, String> document : E2eDocuments.load().entrySet()) {
            Files.writeString(folder.resolve(document.getKey()), document.getValue());
        }
        return folder;
    }

    private static List<String> idsIn(String output) {
        return output.lines()
                .map(ID::matcher)
                .filter(Matcher::find)
                .map(match -> match.group(2))
                .toList();
    }

    private static int countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.count();
        }
    }

    private static ClaimExtracted claim(String json) {
        try {
            return EventJson.mapper().readValue(json, ClaimExtracted.class);
        } catch (IOException e) {
            throw new AssertionError("tail printed something that is not a claim: " + json, e);
        }
    }

    /** The CPU seconds {@code claimflow bench} accounted to a part of the stack. */
    private static double cpuSecondsOf(String benchOutput, String part) {
        Matcher line = Pattern.compile("(?m)^  " + Pattern.quote(part) + " +(\\d+\\.\\d) s")
                .matcher(benchOutput);
        assertThat(line.find()).as("a CPU line for " + part).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
