package io.claimflow.factcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimflow.contracts.event.FactCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a file of fact-checks in whichever format it is: schema.org {@code ClaimReview} JSON-LD (one object, an array,
 * a {@code DataFeed} of {@code dataFeedElement}s or a {@code @graph}), NDJSON of such objects or of a CheckThat!
 * collection's lines ({@code vclaims.jsonl}), or CSV with a header row of the same field names (a dotted name such as
 * {@code reviewRating.alternateName} is the nested field). A file is read whole or not at all: the first bad record
 * fails it, named by its number and line.
 */
public final class FactCheckReader {

    /** The fact-checks of a file, in file order. */
    public List<FactCheck> read(Path file) throws InvalidInputException {
        return read(file.toString(), TextFiles.read(file));
    }

    /** The fact-checks of a text; {@code name} is what messages call it. */
    public List<FactCheck> read(String name, String text) throws InvalidInputException {
        String content = text.strip();
        if (content.isEmpty()) {
            throw new InvalidInputException(name + ": is empty");
        }
        try {
            List<FactCheck> factChecks =
                    content.startsWith("{") || content.startsWith("[") ? fromJson(text) : fromCsv(text);
            if (factChecks.isEmpty()) {
                throw new InvalidInputException("holds no fact-check");
            }
            return factChecks;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(name + ": " + e.getMessage());
        }
    }

    private static List<FactCheck> fromJson(String text) throws InvalidInputException {
        List<FactCheck> factChecks = new ArrayList<>();
        for (JsonValues.Located value : JsonValues.read(text)) {
            for (JsonNode record : records(value)) {
                add(factChecks, record, "line " + value.line());
            }
        }
        return factChecks;
    }

    /** The ClaimReview records of one top-level value: itself, an array's elements, a feed's or a graph's items. */
    private static List<JsonNode> records(JsonValues.Located value) throws InvalidInputException {
        JsonNode node = value.node();
        List<JsonNode> records = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(records::add);
        } else if (node.has("dataFeedElement")) {
            // A DataFeedItem wraps its ClaimReview in "item"; some feeds list the reviews directly.
            node.get("dataFeedElement")
                    .forEach(element -> records.add(element.has("item") ? element.get("item") : element));
        } else if (node.has("@graph")) {
            node.get("@graph").forEach(element -> {
                if (ClaimReviewFields.CLAIM_REVIEW.equals(
                        element.path(ClaimReviewFields.TYPE).asText())) {
                    records.add(element); // a page's graph also describes the page, the site, the author
                }
            });
            if (records.isEmpty()) {
                throw new InvalidInputException("line " + value.line() + ": its @graph holds no ClaimReview");
            }
        } else {
            records.add(node);
        }
        return records;
    }

    private static List<FactCheck> fromCsv(String text) throws InvalidInputException {
        List<FactCheck> factChecks = new ArrayList<>();
        List<CsvTable.Row> rows = CsvTable.parse(text);
        if (!rows.isEmpty()
                && ClaimReviewFields.CLAIM_COLUMNS.stream()
                        .noneMatch(rows.get(0).fields()::containsKey)) {
            // Most likely not a fact-check file at all: say what was expected rather than "missing" on every record.
            throw new InvalidInputException(
                    "neither JSON nor CSV with a header naming one of " + ClaimReviewFields.CLAIM_COLUMNS);
        }
        for (CsvTable.Row row : rows) {
            ObjectNode record = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, String> field : row.fields().entrySet()) {
                ObjectNode parent = record;
                String[] path = field.getKey().split("\\.");
                for (int i = 0; i < path.length - 1; i++) {
                    parent = parent.has(path[i]) && parent.get(path[i]).isObject()
                            ? (ObjectNode) parent.get(path[i])
                            : parent.putObject(path[i]);
                }
                parent.put(path[path.length - 1], field.getValue());
            }
            add(factChecks, record, "line " + row.line());
        }
        return factChecks;
    }

    private static void add(List<FactCheck> factChecks, JsonNode record, String where) throws InvalidInputException {
        try {
            factChecks.add(ClaimReviewFields.factCheck(record));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "record " + (factChecks.size() + 1) + " (" + where + "): " + e.getMessage());
        }
    }
}
