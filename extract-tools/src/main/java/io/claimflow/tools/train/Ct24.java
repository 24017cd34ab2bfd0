package io.claimflow.tools.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the CLEF 2024 CheckThat! task 1 files ({@code datasets/ct24}): one labelled sentence or tweet a row. */
public final class Ct24 {

    private static final Map<String, String> LANGUAGES =
            Map.of("en", "english", "nl", "dutch", "ar", "arabic", "es", "spanish");

    private final Path folder;

    public Ct24(Path folder) {
        this.folder = folder;
    }

    /** The rows of one split ("train" or "dev") of one language, in file order. */
    public List<LabeledSentence> read(String language, String split) {
        Path file = folder.resolve("CT24_checkworthy_" + LANGUAGES.get(language) + "_" + split + ".tsv");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split("\t"));
            int text = header.contains("Text") ? header.indexOf("Text") : header.indexOf("tweet_text");
            int label = header.indexOf("class_label");
            List<LabeledSentence> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split("\t", -1);
                if (fields.length > Math.max(text, label)) {
                    rows.add(new LabeledSentence(
                            unquote(fields[text]),
                            language,
                            fields[label].strip().equals("Yes")));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public boolean has(String language, String split) {
        return Files.isRegularFile(
                folder.resolve("CT24_checkworthy_" + LANGUAGES.get(language) + "_" + split + ".tsv"));
    }

    /** TSV quoting: a field in double quotes with doubled quotes inside. */
    private static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }
}
