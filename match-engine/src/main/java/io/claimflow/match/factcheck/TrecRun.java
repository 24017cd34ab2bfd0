package io.claimflow.match.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A standard TREC run, what {@code trec_eval} and the CheckThat! scorers read: {@code qid Q0 docid rank score tag}, one
 * line per result, ranks from 1. The score column falls with the rank ({@code results - rank + 1}): the library's order
 * is its reranker's, and a BM25 score there would let {@code trec_eval}, which sorts each query's lines by score, undo
 * it.
 */
public final class TrecRun {

    /** The tag of a run when none is given. */
    public static final String DEFAULT_TAG = "claimflow";

    private TrecRun() {}

    /** Whether a run tag can be written: one word, since the run's fields are separated by white space. */
    public static boolean isTag(String tag) {
        return !tag.isBlank() && tag.chars().noneMatch(Character::isWhitespace);
    }

    /** The lines of one query's ranking. */
    public static List<String> lines(String queryId, List<FactCheckHit> hits, String tag) {
        if (!isTag(tag)) {
            throw new IllegalArgumentException("a run tag must be one word, was '" + tag + "'");
        }
        List<String> lines = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            FactCheckHit hit = hits.get(i);
            lines.add(String.format(
                    Locale.ROOT,
                    "%s Q0 %s %d %.6f %s",
                    queryId,
                    hit.factCheck().id(),
                    i + 1,
                    (double) (hits.size() - i),
                    tag));
        }
        return lines;
    }
}
