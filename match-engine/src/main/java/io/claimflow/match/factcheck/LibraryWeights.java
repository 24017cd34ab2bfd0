package io.claimflow.match.factcheck;

/**
 * How the fact-check library ranks: the weight of each part of a fact-check in the summed BM25 score, and BM25's
 * parameters. The defaults are what the CheckThat! train splits chose (see the match-engine README).
 *
 * @param claim weight of {@code claimReviewed}
 * @param title weight of the title
 * @param body weight of the article's start ({@code text_head}, {@code reviewBody}); 0 leaves it out of the search
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param postText whether links leave the query text and hashtags become words first ({@link PostText})
 * @param rerank whether the library's {@link Reranker} reorders BM25's best candidates
 */
public record LibraryWeights(
        double claim, double title, double body, float k1, float b, boolean postText, boolean rerank) {

    public LibraryWeights {
        if (claim < 0 || title < 0 || body < 0 || claim + title + body == 0) {
            throw new IllegalArgumentException("part weights must be >= 0 and one of them > 0");
        }
        if (k1 < 0 || b < 0 || b > 1) {
            throw new IllegalArgumentException("BM25 needs k1 >= 0 and 0 <= b <= 1");
        }
    }

    /** The plain baseline: claim and title alike, Lucene's BM25 defaults, the query text as it is. */
    public static LibraryWeights plain() {
        return new LibraryWeights(1, 1, 0, 1.2f, 0.75f, false, false);
    }

    /**
     * The library's default: chosen on the CheckThat! train splits by {@code FactCheckTuning} (mean MAP@5 of 2A and 2B
     * train 0.617 plain, 0.653 with these).
     */
    public static LibraryWeights defaults() {
        return new LibraryWeights(1, 0.5, 0.35, 0.45f, 0.75f, true, true);
    }

    /** The same BM25 ranking, reranked or not. */
    public LibraryWeights withRerank(boolean rerank) {
        return new LibraryWeights(claim, title, body, k1, b, postText, rerank);
    }

    /** The weight of a part. */
    double of(FactCheckPart part) {
        return switch (part) {
            case CLAIM -> claim;
            case TITLE -> title;
            case BODY -> body;
        };
    }
}
