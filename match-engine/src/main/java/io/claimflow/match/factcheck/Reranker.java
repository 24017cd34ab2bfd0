package io.claimflow.match.factcheck;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reorders BM25's best {@value #CANDIDATES} fact-checks for a text by a linear score over {@link RerankFeatures},
 * learned pairwise (a relevant fact-check above an irrelevant one of the same text) on the CheckThat! train splits and
 * kept as data ({@value #RESOURCE}, written by {@code RerankerTraining} in extract-tools).
 */
public final class Reranker {

    /** The classpath resource of the learned weights, beside this class. */
    public static final String RESOURCE = "reranker.properties";

    /** How many of BM25's best candidates are reordered. */
    public static final int CANDIDATES = 50;

    private final LinearModel linear;

    /** A reranker of an intercept and one weight per feature of {@link RerankFeatures#NAMES}, in that order. */
    public Reranker(double intercept, double[] weights) {
        this(new LinearModel(RerankFeatures.NAMES, intercept, weights));
    }

    private Reranker(LinearModel linear) {
        this.linear = linear;
    }

    /** The learned reranker shipped with the engine, read once. */
    public static Reranker standard() {
        return Standard.RERANKER;
    }

    // Holder idiom: the resource is read on first use, once per class loader.
    private static final class Standard {
        static final Reranker RERANKER =
                new Reranker(LinearModel.resource(Reranker.class, RESOURCE, RerankFeatures.NAMES));
    }

    /** Reads a reranker in the form {@link #write} gives. */
    public static Reranker parse(Reader reader) throws IOException {
        return new Reranker(LinearModel.parse(reader, RerankFeatures.NAMES));
    }

    /** The reranker as the text of its resource, after a comment saying where it came from. */
    public String write(String comment) {
        return linear.write(comment);
    }

    /** Whether the reranker weighs the sentence embeddings' similarity (so the library must compute it). */
    public boolean usesEmbeddings() {
        return linear.weight(RerankFeatures.EMBEDDING) != 0;
    }

    /** The embedder the reranker needs: the standard one if it weighs embeddings, else none (nothing loaded). */
    public Optional<SentenceEmbedder> embedder() {
        return usesEmbeddings() ? Optional.of(SentenceEmbedder.standard()) : Optional.empty();
    }

    /** Candidates in the reranker's order, best first (BM25's order among equal scores). */
    public List<FactCheckLibrary.Candidate> order(List<FactCheckLibrary.Candidate> candidates) {
        List<FactCheckLibrary.Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort((a, b) -> Double.compare(score(b.rerank()), score(a.rerank())));
        return sorted;
    }

    /** The candidate's score: higher ranks first. */
    public double score(RerankFeatures features) {
        return linear.score(features.values());
    }
}
