package io.claimflow.match.factcheck;

import io.claimflow.contracts.event.FactCheck;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        this.queryBigrams = bigrams(analysed);
        this.queryIdf = idf.sum(queryTerms);
        this.best = best;
    }

    /**
     * A fact-check BM25 ranked {@code rank}th (from 1) with {@code score}, {@code next} the score after it,
     * {@code embeddingCosine} its claim's similarity to the text (0 without embeddings).
     */
    FactCheckLibrary.Candidate of(ReadFactChecks.Read read, double score, double next, int rank, double embeddingCosine)
            throws IOException {
        FactCheck factCheck = read.factCheck();
        List<String> claim = read.claim();
        List<String> title = read.title();
        List<String> body = read.body();
        Set<String> shown = new HashSet<>(claim);
        shown.addAll(title);
        // In the text's order, as the evidence has always been given.
        List<String> terms = queryTerms.stream().filter(shown::contains).toList();
        List<String> numbers =
                terms.stream().filter(CandidateFeatures::isNumber).toList();
        double queryCoverage = share(idf.sum(terms), queryIdf);
        double claimCovered = covered(claim);
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
        Set<String> everywhere = new HashSet<>(shown);
        everywhere.addAll(body);
        Set<String> partBigrams = bigrams(claim);
        partBigrams.addAll(bigrams(title));
        double claimCoverage = coverage(claim);
        RerankFeatures rerank = new RerankFeatures(
                scorePerIdf,
                share(score, best),
                1.0 / rank,
                claimCoverage,
                coverage(title),
                coverage(body),
                claimCovered,
                covered(title),
                share(queryBigrams.stream().filter(partBigrams::contains).count(), queryBigrams.size()),
                Math.min(
                        RerankFeatures.CAP,
                        queryTerms.stream()
                                .filter(t -> hasDigit(t) && everywhere.contains(t))
                                .count()),
                Math.min(
                        RerankFeatures.CAP,
                        queryTerms.stream()
                                .filter(t -> hasDigit(t) && !everywhere.contains(t))
                                .count()),
                Math.log((1.0 + new HashSet<>(claim).size()) / (1.0 + queryTerms.size())),
                claimCoverage * claimCovered,
                embeddingCosine);
        FactCheckHit hit = new FactCheckHit(factCheck, score, terms, numbers, confidence.probability(hitFeatures));
        return new FactCheckLibrary.Candidate(hit, hitFeatures, rerank);
    }

    /** The idf-weighted share of the text's terms found in a part. */
    private double coverage(List<String> part) throws IOException {
        Set<String> found = new HashSet<>(part);
        found.retainAll(queryTerms);
        return share(idf.sum(found), queryIdf);
    }

    /** The idf-weighted share of a part's terms found in the text. */
    private double covered(List<String> part) throws IOException {
        Set<String> distinct = new HashSet<>(part);
        Set<String> found = new HashSet<>(distinct);
        found.retainAll(queryTerms);
        return share(idf.sum(found), idf.sum(distinct));
    }

    private static Set<String> bigrams(List<String> terms) {
        Set<String> bigrams = new HashSet<>();
        for (int i = 1; i < terms.size(); i++) {
            bigrams.add(terms.get(i - 1) + ' ' + terms.get(i));
        }
        return bigrams;
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
