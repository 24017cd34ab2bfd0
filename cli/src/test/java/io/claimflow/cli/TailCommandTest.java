package io.claimflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code claimflow tail} refuses the filters the store's API refuses, before it looks for Kafka. */
class TailCommandTest {

    /** Nothing listens there: a filter that passed would make tail look for Kafka, not exit 2. */
    private static final String NO_BROKER = "127.0.0.1:1";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aScoreOutside0To1IsRefused() {
        assertThat(run("--min-score", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("--min-score must be a number from 0 to 1, was 2.0");
    }

    @Test
    void aLanguageThatIsNoCodeIsRefused() {
        assertThat(run("--language", "english")).isEqualTo(2);
        assertThat(err.toString()).contains("--language must be an ISO 639-1 code");
    }

    private int run(String... filter) {
        CommandLine cli = ClaimflowCli.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        String[] args = new String[filter.length + 3];
        args[0] = "tail";
        args[1] = "--bootstrap-servers";
        args[2] = NO_BROKER;
        System.arraycopy(filter, 0, args, 3, filter.length);
        return cli.execute(args);
    }
}
