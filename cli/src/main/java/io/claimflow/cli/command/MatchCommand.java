package io.claimflow.cli.command;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.factcheck.FactCheckReader;
import io.claimflow.factcheck.InvalidInputException;
import io.claimflow.factcheck.QueryText;
import io.claimflow.match.analysis.LanguageAnalyzers;
import io.claimflow.match.factcheck.FactCheckLibrary;
import io.claimflow.match.factcheck.LibraryWeights;
import io.claimflow.match.factcheck.TrecRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimflow match}: ranks a fact-check library for each query and prints a TREC run, no server involved. */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = {
            "Ranks the fact-checks of a file for each query of another and prints a standard TREC run (qid Q0 docid "
                    + "rank score tag), one line per result, for any IR evaluation tool.",
            "Fact-checks: ClaimReview JSON-LD (an object, an array, a DataFeed or a @graph), NDJSON of ClaimReview "
                    + "fields or of CheckThat! vclaims, or CSV with a header row of the same fields.",
            "Queries: NDJSON {\"id\", \"text\"} per line (a CheckThat! queries.jsonl as it is)."
        })
public class MatchCommand implements Callable<Integer> {

    @Option(names = "--factchecks", required = true, paramLabel = "FILE", description = "The fact-check library.")
    Path factChecks;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "The texts to match.")
    Path queries;

    @Option(
            names = "--top",
            paramLabel = "K",
            defaultValue = "10",
            description = "Results per query (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(
            names = "--tag",
            paramLabel = "TAG",
            defaultValue = TrecRun.DEFAULT_TAG,
            description = "The run's name, last on each line (default: ${DEFAULT-VALUE}).")
    String tag;

    @Option(
            names = "--language",
            paramLabel = "CODE",
            defaultValue = "en",
            description = "ISO 639-1 language of the queries (default: ${DEFAULT-VALUE}).")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (top < 1) {
            err.println("claimflow match: --top must be at least 1, was " + top);
            return 2;
        }
        if (!TrecRun.isTag(tag)) {
            err.println("claimflow match: --tag must be one word, was '" + tag + "'");
            return 2;
        }
        if (!LanguageCodes.isIso6391(language)) {
            err.println("claimflow match: --language " + LanguageCodes.MESSAGE + ", was " + language);
            return 2;
        }
        List<QueryText> texts;
        FactCheckLibrary library;
        LanguageAnalyzers analyzers = new LanguageAnalyzers(LanguageResources.load());
        try {
            texts = QueryText.read(queries);
            library = new FactCheckLibrary(FactCheckLibrary.memoryDirectory(), analyzers, LibraryWeights.defaults());
            library.addAll(new FactCheckReader().read(factChecks));
        } catch (InvalidInputException e) {
            err.println("claimflow match: " + e.getMessage());
            analyzers.close();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (analyzers;
                library) {
            String code = LanguageCodes.normalize(language);
            for (QueryText query : texts) {
                TrecRun.lines(query.id(), library.rank(query.text(), code, top), tag)
                        .forEach(out::println);
            }
        }
        out.flush();
        return 0;
    }
}
