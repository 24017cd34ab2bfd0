package io.claimflow.cli.command;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.engine.ClaimflowEngine;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimflow score}: the check-worthiness of each input line, one score per output line, same order. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the check-worthiness (0..1) of each line of each FILE (standard input when none or -), one per "
                    + "line,"
                    + " in the same order; an empty line scores too, so lines stay aligned."
        })
public class ScoreCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..*",
            paramLabel = "FILE",
            description = "Text files with one sentence per line, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(
            names = "--language",
            paramLabel = "CODE",
            description = "ISO 639-1 language of every line; detected per line when absent.")
    String language;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    public ScoreCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if (language != null && !LanguageCodes.isIso6391(language)) {
            spec.commandLine().getErr().println("--language " + LanguageCodes.MESSAGE + ", was " + language);
            return 2;
        }
        ClaimflowEngine engine = ClaimflowEngine.withDefaults();
        PrintWriter out = spec.commandLine().getOut();
        int failures = 0;
        for (String input : inputs.isEmpty() ? List.of(TextInput.STDIN) : inputs) {
            try {
                List<String> lines = TextInput.read(input, stdin).lines().toList();
                double[] scores = language == null
                        ? engine.score(lines)
                        : lines.stream()
                                .mapToDouble(line -> engine.scorer().score(line, LanguageCodes.normalize(language)))
                                .toArray();
                for (double score : scores) {
                    out.println(String.format(Locale.ROOT, "%.4f", score));
                }
            } catch (TextInput.InputException e) {
                spec.commandLine().getErr().println("claimflow score: " + e.getMessage());
                failures++;
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
