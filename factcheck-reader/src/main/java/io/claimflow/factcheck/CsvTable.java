package io.claimflow.factcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV text with a header row (RFC 4180: comma-separated, fields in double quotes may hold commas, line breaks and
 * doubled quotes), read into one map per record, keyed by the header's names.
 */
final class CsvTable {

    /** A record and the line it starts on, for messages. */
    record Row(int line, Map<String, String> fields) {}

    private final String text;
    private int position;
    private int line = 1;

    private CsvTable(String text) {
        this.text = text;
    }

    /** The records of a CSV text; a malformed one fails with its line number. */
    static List<Row> parse(String text) throws InvalidInputException {
        return new CsvTable(text).rows();
    }

    private List<Row> rows() throws InvalidInputException {
        List<String> header = record();
        if (header == null) {
            throw new InvalidInputException("no header row");
        }
        for (int i = 0; i < header.size(); i++) {
            header.set(i, header.get(i).strip());
            if (header.get(i).isEmpty() || header.indexOf(header.get(i)) < i) {
                throw new InvalidInputException("header column " + (i + 1) + " is empty or repeated");
            }
        }
        List<Row> rows = new ArrayList<>();
        while (true) {
            int start = line;
            List<String> values = record();
            if (values == null) {
                return rows;
            }
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue; // a blank line, often the last one
            }
            if (values.size() != header.size()) {
                throw new InvalidInputException(
                        "line " + start + ": " + values.size() + " fields, the header has " + header.size());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), values.get(i));
            }
            rows.add(new Row(start, fields));
        }
    }

    /** The fields of the next record, or null at the end of the text. */
    private List<String> record() throws InvalidInputException {
        if (position >= text.length()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int quoteLine = line;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (quoted) {
                if (c == '"' && position < text.length() && text.charAt(position) == '"') {
                    field.append('"');
                    position++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                line++;
                break;
            } else if (wasQuoted) {
                throw new InvalidInputException("line " + line + ": text after a closing quote");
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException("line " + quoteLine + ": a quoted field is never closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
