package io.claimflow.factcheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text to find fact-checks for, with the id a run file names it by.
 *
 * @param id unique within its file
 * @param text the claim, tweet or sentence
 */
public record QueryText(String id, String text) {

    /**
     * The queries of an NDJSON file ({@code {"id", "text"}} per line, other fields ignored, so a CheckThat!
     * {@code queries.jsonl} reads as it is); a missing field or a repeated id fails with the line.
     */
    public static List<QueryText> read(Path file) throws InvalidInputException {
        String text = TextFiles.read(file);
        if (text.isBlank()) {
            throw new InvalidInputException(file + ": is empty");
        }
        List<QueryText> queries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try {
            for (JsonValues.Located value : JsonValues.read(text)) {
                String where = "line " + value.line() + ": ";
                if (!value.node().isObject()) {
                    throw new InvalidInputException(where + "expected an object {\"id\", \"text\"}");
                }
                String id = field(value, "id");
                if (id.chars().anyMatch(Character::isWhitespace)) {
                    throw new InvalidInputException(where + "id must hold no white space: " + id);
                }
                if (!ids.add(id)) {
                    throw new InvalidInputException(where + "id " + id + " is repeated");
                }
                queries.add(new QueryText(id, field(value, "text")));
            }
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + e.getMessage());
        }
        return queries;
    }

    private static String field(JsonValues.Located value, String name) throws InvalidInputException {
        try {
            String text = JsonValues.text(value.node(), name);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(name + " is missing");
            }
            return text;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("line " + value.line() + ": " + e.getMessage());
        }
    }
}
