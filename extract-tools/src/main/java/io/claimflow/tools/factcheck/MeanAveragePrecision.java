package io.claimflow.tools.factcheck;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MAP@k as the CheckThat! lab scores claim retrieval (its scorer, like {@code trec_eval} on a run cut at k): per query,
 * the sum of precision@i at each rank i ≤ k that holds a relevant document, divided by the number of relevant documents
 * of the query (not by min(relevant, k)); averaged over every query of the qrels, a query missing from the run counting
 * 0.
 */
public final class MeanAveragePrecision {

    private MeanAveragePrecision() {}

    /** The average precision of one ranking cut at {@code depth}. */
    public static double averagePrecision(List<String> ranked, Set<String> relevant, int depth) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("a query of the qrels has at least one relevant document");
        }
        double sum = 0;
        int found = 0;
        for (int i = 0; i < Math.min(depth, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return sum / relevant.size();
    }

    /** MAP@depth of a run (query id → ranked document ids) over the queries of the qrels. */
    public static double of(Map<String, List<String>> run, Map<String, Set<String>> qrels, int depth) {
        if (qrels.isEmpty()) {
            throw new IllegalArgumentException("no qrels");
        }
        double sum = 0;
        for (Map.Entry<String, Set<String>> query : qrels.entrySet()) {
            sum += averagePrecision(run.getOrDefault(query.getKey(), List.of()), query.getValue(), depth);
        }
        return sum / qrels.size();
    }
}
