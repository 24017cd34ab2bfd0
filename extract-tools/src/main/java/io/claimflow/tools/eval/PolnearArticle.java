package io.claimflow.tools.eval;

import io.claimflow.contracts.event.ClaimExtracted.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One PolNeAR article ({@code text/NAME.txt}) with the attributions of its first annotation file
 * ({@code attributions/NAME_*.ann}, brat standoff).
 *
 * @param name the article's file name without extension
 * @param text the article
 * @param attributions the annotated attributions that name a source
 */
public record PolnearArticle(String name, String text, List<GoldAttribution> attributions) {

    /**
     * An annotated attribution.
     *
     * @param source the span naming the source
     * @param cue the span of the cue, or null
     * @param content the span of what is attributed
     */
    public record GoldAttribution(Span source, Span cue, Span content) {}

    /** The articles of a split folder ({@code polnear/dev}), sorted by name. */
    public static List<PolnearArticle> readSplit(Path split) {
        try (Stream<Path> texts = Files.list(split.resolve("text"))) {
            List<PolnearArticle> articles = new ArrayList<>();
            for (Path text : texts.sorted().toList()) {
                String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path annotation = firstAnnotation(split.resolve("attributions"), name);
                if (annotation != null) {
                    articles.add(
                            new PolnearArticle(name, Files.readString(text, StandardCharsets.UTF_8), read(annotation)));
                }
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PolNeAR from " + split, e);
        }
    }

    private static Path firstAnnotation(Path folder, String name) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(name + "_"))
                    .filter(file -> file.getFileName().toString().endsWith(".ann"))
                    .sorted()
                    .findFirst()
                    .orElse(null);
        }
    }

    private static List<GoldAttribution> read(Path annotation) throws IOException {
        Map<String, Span> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : Files.readAllLines(annotation, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (line.startsWith("T") && fields.length >= 2) {
                String[] typeAndOffsets = fields[1].split(" ", 2);
                // A discontinuous span ("10 20;40 50", in any order) counts as the whole stretch it covers.
                int[] offsets = Arrays.stream(typeAndOffsets[1].split("[ ;]"))
                        .mapToInt(Integer::parseInt)
                        .toArray();
                spans.put(
                        fields[0],
                        new Span(
                                Arrays.stream(offsets).min().orElseThrow(),
                                Arrays.stream(offsets).max().orElseThrow()));
            } else if (line.startsWith("E") && fields.length >= 2) {
                events.add(fields[1].split(" "));
            }
        }
        List<GoldAttribution> attributions = new ArrayList<>();
        for (String[] event : events) {
            Map<String, Span> roles = new HashMap<>();
            for (String role : event) {
                String[] pair = role.split(":");
                if (pair.length == 2 && spans.containsKey(pair[1])) {
                    roles.put(pair[0].replaceAll("\\d+$", ""), spans.get(pair[1]));
                }
            }
            if (roles.containsKey("Source") && roles.containsKey("Content")) {
                attributions.add(new GoldAttribution(roles.get("Source"), roles.get("Cue"), roles.get("Content")));
            }
        }
        return attributions;
    }
}
