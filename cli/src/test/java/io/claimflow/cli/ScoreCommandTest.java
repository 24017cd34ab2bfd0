package io.claimflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

class ScoreCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsOneScorePerLineInOrderFromStandardInput() {
        String input = "Over 4,000 fighters left Raqqa in October 2017, the BBC reported.\nWhy?\n\nThe U.S. spent 500 "
                + "million dollars.\n";
        assertThat(run(input, "score")).isZero();
        List<Double> scores = out.toString().lines().map(Double::parseDouble).toList();
        assertThat(scores).hasSize(4).allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
        assertThat(scores.get(0)).isGreaterThan(0.5).isGreaterThan(scores.get(1));
        assertThat(scores.get(3)).isGreaterThan(scores.get(1));
    }

    @Test
    void scoresFilesWithAGivenLanguage() throws IOException {
        Path swedish =
                Files.writeString(dir.resolve("sv.txt"), "Det finns omkring 70 000 terrorister i Idlib.\nVarför?\n");
        assertThat(run("", "score", "--language", "sv", swedish.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void emptyMissingAndBinaryInputsFailWithAMessage() throws IOException {
        assertThat(run("", "score")).isEqualTo(1);
        assertThat(err.toString()).contains("-: is empty");
        Path binary = Files.write(dir.resolve("blob.bin"), new byte[] {1, 0, 2});
        assertThat(run("", "score", binary.toString(), dir.resolve("none.txt").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("blob.bin: is binary, not text", "none.txt: no such file");
        assertThat(run("x\n", "score", "--language", "swedish")).isEqualTo(2);
    }

    private int run(String stdin, String... args) {
        CommandLine cli = ClaimflowCli.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
