package io.claimflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.serde.EventJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    private static final String ARTICLE = "On November 13, 2017, the BBC reported that 4,000 fighters left Raqqa.\n"
            + "Surovikin accused the coalition of providing safe corridors to the militants.\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsOneClaimPerLineWithTheFileNameAsDocumentId() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path b = Files.writeString(dir.resolve("b.txt"), ARTICLE);

        assertThat(run("", "extract", a.toString(), b.toString())).isZero();

        List<ClaimExtracted> claims = parse(out.toString());
        assertThat(claims).extracting(ClaimExtracted::documentId).containsExactly("a.txt", "a.txt", "b.txt", "b.txt");
        assertThat(out.toString().lines().findFirst().orElseThrow())
                .contains("\"claimId\"", "\"span\"", "\"checkworthiness\"", "\"claimant\"", "\"extractor\"");
    }

    @Test
    void readsStandardInputForDash() throws IOException {
        assertThat(run(ARTICLE, "extract", "-")).isZero();
        assertThat(parse(out.toString()))
                .extracting(ClaimExtracted::documentId)
                .containsOnly("stdin")
                .hasSize(2);
    }

    @Test
    void missingEmptyAndBinaryInputsGetAMessageAndExitCode1WhileTheRestIsProcessed() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

        int exit = run(
                "",
                "extract",
                dir.resolve("missing.txt").toString(),
                empty.toString(),
                binary.toString(),
                latin1.toString(),
                good.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains(
                        "missing.txt: no such file",
                        "empty.txt: is empty",
                        "image.png: is binary, not text",
                        "latin1.txt: is not UTF-8 text");
        assertThat(parse(out.toString())).extracting(ClaimExtracted::documentId).containsOnly("good.txt");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("", "extract")).isEqualTo(2);
        assertThat(run("", "extract", "--threshold", "7", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("--threshold must be a number from 0 to 1");
    }

    private int run(String stdin, String... args) {
        CommandLine cli = ClaimflowCli.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static List<ClaimExtracted> parse(String jsonLines) {
        ObjectMapper json = EventJson.mapper();
        return jsonLines
                .lines()
                .map(line -> {
                    try {
                        return json.readValue(line, ClaimExtracted.class);
                    } catch (IOException e) {
                        throw new AssertionError("not a ClaimExtracted: " + line, e);
                    }
                })
                .toList();
    }
}
