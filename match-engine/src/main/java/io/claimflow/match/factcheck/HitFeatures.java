package io.claimflow.match.factcheck;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * What a ranked fact-check's confidence is estimated from, each comparable across texts (unlike a raw BM25 score). The
 * rank and the score relative to the best hit enter only multiplied by the claim's coverage: alone, a linear model
 * learns from large libraries that leading a ranking is strong evidence, and then trusts a lone hit sharing one word in
 * a small library.
 *
 * @param queryCoverage the idf-weighted share of the text's terms found in the fact-check's claim or title
 * @param checkCoverage the idf-weighted share of the fact-check claim's terms found in the text
 * @param scorePerIdf the BM25 score over the text's summed idf: the score against the text's own maximum, roughly
 * @param leadCoverage the check coverage times the score over the best hit's: leading a ranking counts only as far as
 *     the claim is covered (a lone weak hit in a small library leads it too)
 * @param gap how far the score is above the next hit's, over the text's summed idf (over the best hit's, a lone hit in
 *     a small library would look decisive)
 * @param rankedCoverage the check coverage over the rank (the best hit's whole, the second's half, …), for the same
 *     reason
 * @param bothCoverage the product of the two coverages
 * @param sharedNumbers how many terms with digits the text and the fact-check share, at most {@link #NUMBERS_CAP}
 */
public record HitFeatures(
        double queryCoverage,
        double checkCoverage,
        double scorePerIdf,
        double leadCoverage,
        double gap,
        double rankedCoverage,
        double bothCoverage,
        double sharedNumbers) {

    /** The names of the features, the record's components in order: the keys of a learned model's weights. */
    public static final List<String> NAMES = Arrays.stream(HitFeatures.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    // A third shared figure tells little more than two; capping keeps one long table of numbers from dominating.
    static final int NUMBERS_CAP = 3;

    /** The features in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {
            queryCoverage, checkCoverage, scorePerIdf, leadCoverage, gap, rankedCoverage, bothCoverage, sharedNumbers
        };
    }
}
