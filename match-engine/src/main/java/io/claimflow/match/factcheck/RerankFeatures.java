package io.claimflow.match.factcheck;

import java.util.List;

/**
 * What the {@link Reranker} orders the BM25 candidates by: how each part of a fact-check covers the text, how its claim
 * and title are covered by the text, word pairs and figures in common, lengths, and the BM25 ranking itself. Shares are
 * idf-weighted, so a rare word found counts more than a common one.
 *
 * @param scorePerIdf the BM25 score over the text's summed idf
 * @param relativeScore the BM25 score over the best candidate's
 * @param reciprocalRank 1 for BM25's best candidate, 1/2 for the second, …
 * @param claimCoverage the share of the text's terms found in the fact-check's claim
 * @param titleCoverage the share found in its title
 * @param bodyCoverage the share found in its article's start
 * @param claimCovered the share of the claim's terms found in the text
 * @param titleCovered the share of the title's terms found in the text
 * @param bigramShare the share of the text's word pairs (of analysed terms, in order) found in the claim or title
 * @param sharedNumbers the terms with digits found in the claim, title or article start, at most {@link #CAP}
 * @param missingNumbers the text's terms with digits found in none of them, at most {@link #CAP}
 * @param lengthRatio log of the claim's term count over the text's (each plus one)
 * @param claimAgreement the claim coverage times the claim covered: both say the same thing
 * @param embeddingCosine the cosine of the text's and the claim's sentence embeddings ({@link SentenceEmbedder}); 0 for
 *     a language the model does not read, which shifts every candidate of a text alike
 */
public record RerankFeatures(
        double scorePerIdf,
        double relativeScore,
        double reciprocalRank,
        double claimCoverage,
        double titleCoverage,
        double bodyCoverage,
        double claimCovered,
        double titleCovered,
        double bigramShare,
        double sharedNumbers,
        double missingNumbers,
        double lengthRatio,
        double claimAgreement,
        double embeddingCosine) {

    /** The names of the features, the record's components in order: the keys of a learned model's weights. */
    public static final List<String> NAMES = LinearModel.componentNames(RerankFeatures.class);

    /** The name of the feature that needs the sentence embeddings. */
    public static final String EMBEDDING = "embeddingCosine";

    // Past three figures a count says little more; the cap keeps a table of numbers from dominating.
    static final int CAP = 3;

    /** The features in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {
            scorePerIdf,
            relativeScore,
            reciprocalRank,
            claimCoverage,
            titleCoverage,
            bodyCoverage,
            claimCovered,
            titleCovered,
            bigramShare,
            sharedNumbers,
            missingNumbers,
            lengthRatio,
            claimAgreement,
            embeddingCosine
        };
    }
}
