package io.claimflow.tools.factcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads TREC qrels ({@code query_id 0 doc_id relevance}, white-space separated): the relevant documents per query. */
public final class Qrels {

    private Qrels() {}

    /** The relevant (relevance > 0) documents of each query, queries in file order. */
    public static Map<String, Set<String>> read(Path file) throws IOException {
        return parse(Files.readAllLines(file), file.toString());
    }

    static Map<String, Set<String>> parse(List<String> lines, String name) {
        Map<String, Set<String>> relevant = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 4) {
                throw new IllegalArgumentException(name + ": line " + (i + 1) + ": expected 4 fields, was " + line);
            }
            if (Integer.parseInt(fields[3]) > 0) {
                relevant.computeIfAbsent(fields[0], q -> new HashSet<>()).add(fields[2]);
            }
        }
        return relevant;
    }
}
