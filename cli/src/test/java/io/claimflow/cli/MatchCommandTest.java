package io.claimflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MatchCommandTest {

    private static final Pattern TREC_LINE = Pattern.compile("\\S+ Q0 \\S+ [1-9]\\d* \\d+\\.\\d{6} \\S+");

    @TempDir
    Path dir;

    private Path factChecks;
    private Path queries;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void fixtures() throws IOException {
        factChecks = copy("factchecks.ndjson");
        queries = copy("queries.jsonl");
    }

    @Test
    void printsATrecRunWithTheKnownAnswersFirst() {
        assertThat(run(
                        "match",
                        "--factchecks",
                        factChecks.toString(),
                        "--queries",
                        queries.toString(),
                        "--top",
                        "2",
                        "--tag",
                        "bm25"))
                .isZero();
        assertThat(out.toString().lines())
                .allMatch(line -> TREC_LINE.matcher(line).matches());
        assertThat(out.toString()).isEqualTo(EXPECTED);
        assertThat(err.toString()).isEmpty();
    }

    // The fact-check of each query first, the one sharing only "moon" second, none for q-none (pinned: a change of
    // ranking shows here); the score column falls with the rank, so a scorer sorting by score keeps the reranked order.
    private static final String EXPECTED = """
            q-raqqa Q0 fc-raqqa 1 1.000000 bm25
            q-moon Q0 fc-moon 1 2.000000 bm25
            q-moon Q0 fc-flag 2 1.000000 bm25
            """;

    @Test
    void badFilesAndOptionsFailWithAMessageAndNoStackTrace() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.ndjson"), "{\"id\": \"x\", \"url\": \"https://a/1\"}\n");
        assertThat(run("match", "--factchecks", broken.toString(), "--queries", queries.toString()))
                .isEqualTo(1);
        assertThat(err.toString())
                .contains("claimflow match: " + broken + ": record 1 (line 1): claimReviewed is missing")
                .doesNotContain("Exception");
        assertThat(run(
                        "match",
                        "--factchecks",
                        factChecks.toString(),
                        "--queries",
                        dir.resolve("no.jsonl").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no.jsonl: no such file");
        assertThat(run("match", "--factchecks", factChecks.toString(), "--queries", queries.toString(), "--top", "0"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--top must be at least 1");
        assertThat(run("match", "--factchecks", factChecks.toString(), "--queries", queries.toString(), "--tag", "a b"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--tag must be one word");
        assertThat(out.toString()).isEmpty();
    }

    private Path copy(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("match/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private int run(String... args) {
        CommandLine cli = ClaimflowCli.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
