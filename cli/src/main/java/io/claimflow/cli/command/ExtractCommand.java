package io.claimflow.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimflow.contracts.event.Checkworthiness;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.engine.ClaimExtractor;
import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.EngineSettings;
import io.claimflow.engine.SourceDocument;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimflow extract}: claims of text files as JSON lines, with no server involved. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Extracts the claims of each FILE (or of standard input for -) and prints one ClaimExtracted JSON object "
                    + "per line.",
            "A file's document id is its file name."
        })
public class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files, or - for standard input.")
    List<String> inputs;

    @Option(
            names = "--threshold",
            paramLabel = "SCORE",
            defaultValue = EngineSettings.DEFAULT_CLAIM_THRESHOLD,
            description = "Check-worthiness from which a sentence is a claim, 0..1 (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--language", paramLabel = "CODE", description = "ISO 639-1 language of the inputs, when known.")
    String language;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    public ExtractCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (!Checkworthiness.isScore(threshold)) {
            spec.commandLine().getErr().println("--threshold " + Checkworthiness.MESSAGE + ", was " + threshold);
            return 2;
        }
        ClaimExtractor engine = new ClaimflowEngine(new EngineSettings(threshold), Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        int failures = 0;
        for (String input : inputs) {
            try {
                String text = TextInput.read(input, stdin);
                for (ClaimExtracted claim : engine.extract(
                                new SourceDocument(TextInput.documentId(input), text, language))
                        .claims()) {
                    out.println(EventJson.mapper().writeValueAsString(claim));
                }
            } catch (TextInput.InputException e) {
                spec.commandLine().getErr().println("claimflow extract: " + e.getMessage());
                failures++;
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
