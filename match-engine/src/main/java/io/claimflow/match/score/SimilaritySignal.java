package io.claimflow.match.score;

import io.claimflow.match.ClaimContext;
import io.claimflow.match.analysis.ClaimFeatures;
import io.claimflow.match.index.StoredClaim;

/**
 * One way of telling how surely two claims say the same thing. The lexical and anchor signal is the only one today; a
 * multilingual sentence-embedding model would be another (its vectors kept in the index as a
 * {@code KnnFloatVectorField}, its candidates from a {@code KnnFloatVectorQuery}), and the engine takes the best score.
 */
public interface SimilaritySignal {

    /** The similarity of a candidate to the claim, 0..1, with its evidence; null when the signal has nothing to say. */
    Scored score(ClaimContext claim, ClaimFeatures features, StoredClaim candidate, TermWeights weights);

    /** A score and why. */
    record Scored(double score, io.claimflow.match.Evidence evidence) {}
}
