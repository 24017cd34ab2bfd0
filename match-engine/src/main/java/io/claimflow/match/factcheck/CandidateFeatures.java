package io.claimflow.match.factcheck;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The features of the fact-checks BM25 found for one text: those of its confidence ({@link HitFeatures}) and of the
 * reranker ({@link RerankFeatures}), from the analysed terms of the text and of each fact-check's parts.
 */
final class CandidateFeatures {

    private final TermWeights idf;
    private final ConfidenceModel confidence;
    private final Set<String> queryTerms;
    private final Set<String> queryBigrams;
    private final double queryIdf;
    private final double best;

    /**
     * For a text's analysed terms in order, the distinct ones searched (in the same order), and the best BM25 score of
     * its ranking.
     */
    CandidateFeatures(
            TermWeights idf, ConfidenceModel confidence, List<String> analysed, Set<String> searched, double best)
            throws IOException {
        this.idf = idf;
        this.confidence = confidence;
        this.queryTerms = searched;
        this.queryBigrams = ReadFactChecks.bigrams(analysed);
        this.queryIdf = idf.sum(queryTerms);
        this.best = best;
    }

    /**
     * A fact-check BM25 ranked {@code rank}th (from 1) with {@code score}, {@code next} the score after it,
     * {@code embeddingCosine} its claim's similarity to the text (0 without embeddings).
     */
    FactCheckLibrary.Candidate of(ReadFactChecks.Read read, double score, double next, int rank, double embeddingCosine)
            throws IOException {
        // Every feature walks the text's few terms and looks them up in the fact-check's sets, never its whole body.
        List<String> terms = queryTerms.stream().filter(read::shows).toList();
        List<String> numbers =
                terms.stream().filter(CandidateFeatures::isNumber).toList();
        double queryCoverage = share(idf.sum(terms), queryIdf);
        double claimCovered = covered(read.claimTerms());
        double scorePerIdf = share(score, queryIdf);
        long sharedDigits = terms.stream().filter(CandidateFeatures::hasDigit).count();
        HitFeatures hitFeatures = new HitFeatures(
                queryCoverage,
                claimCovered,
                scorePerIdf,
                claimCovered * share(score, best),
                share(score - next, queryIdf),
                claimCovered / rank,
                queryCoverage * claimCovered,
                Math.min(HitFeatures.NUMBERS_CAP, sharedDigits));
        Predicate<String> anywhere = t -> read.shows(t) || read.bodyTerms().contains(t);
        double claimCoverage = coverage(read.claimTerms());
        RerankFeatures rerank = new RerankFeatures(
                scorePerIdf,
                share(score, best),
                1.0 / rank,
                claimCoverage,
                coverage(read.titleTerms()),
                coverage(read.bodyTerms()),
                claimCovered,
                covered(read.titleTerms()),
                share(queryBigrams.stream().filter(read.bigrams()::contains).count(), queryBigrams.size()),
                Math.min(
                        RerankFeatures.CAP,
                        queryTerms.stream()
                                .filter(t -> hasDigit(t) && anywhere.test(t))
                                .count()),
                Math.min(
                        RerankFeatures.CAP,
                        queryTerms.stream()
                                .filter(t -> hasDigit(t) && !anywhere.test(t))
                                .count()),
                Math.log((1.0 + read.claimTerms().size()) / (1.0 + queryTerms.size())),
                claimCoverage * claimCovered,
                embeddingCosine);
        FactCheckHit hit =
                new FactCheckHit(read.factCheck(), score, terms, numbers, confidence.probability(hitFeatures));
        return new FactCheckLibrary.Candidate(hit, hitFeatures, rerank);
    }

    /** The idf-weighted share of the text's terms found in a part. */
    private double coverage(Set<String> part) throws IOException {
        return share(found(part), queryIdf);
    }

    /** The idf-weighted share of a part's terms found in the text. */
    private double covered(Set<String> part) throws IOException {
        return share(found(part), idf.sum(part));
    }

    // The summed idf of the text's terms that a part has.
    private double found(Set<String> part) throws IOException {
        double sum = 0;
        for (String term : queryTerms) {
            if (part.contains(term)) {
                sum += idf.of(term);
            }
        }
        return sum;
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : 0;
    }

    private static boolean isNumber(String term) {
        return !term.isEmpty() && term.chars().allMatch(Character::isDigit);
    }

    private static boolean hasDigit(String term) {
        return term.chars().anyMatch(Character::isDigit);
    }
}
