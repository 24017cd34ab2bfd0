package io.claimflow.tools.narrative;

import io.claimflow.tools.narrative.NarrativeEvaluation.ClaimRow;
import io.claimflow.tools.narrative.NarrativeEvaluation.Link;
import io.claimflow.tools.narrative.NarrativeEvaluation.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a narrative evaluation's links, suggestions and sample claims under {@code target/}, for labelling. */
final class NarrativeFiles {

    private NarrativeFiles() {}

    /** {@code narrative-links.tsv}, {@code narrative-suggestions.tsv} and {@code sample-claims.tsv}. */
    static void write(Result result) {
        write(result.links(), result.isSample(), "target/narrative-links.tsv");
        write(result.suggestions(), result.isSample(), "target/narrative-suggestions.tsv");
        List<String> rows = new ArrayList<>();
        for (ClaimRow row : result.claims()) {
            if (row.sample()) {
                rows.add(String.join(
                        "\t",
                        row.id(),
                        row.document(),
                        row.language(),
                        row.narrative(),
                        row.text().replaceAll("\\s+", " ")));
            }
        }
        write(rows, "target/sample-claims.tsv");
    }

    private static void write(List<Link> links, Map<String, Boolean> samples, String file) {
        List<String> lines = new ArrayList<>();
        for (Link link : links) {
            lines.add(String.format(
                    Locale.ROOT,
                    "%s\t%s\t?\t%.3f\t%s%s\t%s",
                    link.from(),
                    link.to(),
                    link.score(),
                    samples.get(link.from()) && samples.get(link.to()) ? "SAMPLE-PAIR " : "",
                    link.fromText().replaceAll("\\s+", " "),
                    link.toText().replaceAll("\\s+", " ")));
        }
        write(lines, file);
    }

    private static void write(List<String> lines, String file) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of(file), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
