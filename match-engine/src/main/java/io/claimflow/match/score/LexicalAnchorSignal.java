package io.claimflow.match.score;

import io.claimflow.match.ClaimContext;
import io.claimflow.match.Evidence;
import io.claimflow.match.analysis.Anchors;
import io.claimflow.match.analysis.ClaimFeatures;
import io.claimflow.match.index.ClaimDocuments;
import io.claimflow.match.index.StoredClaim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The lexical and anchor signal: three calibrated similarities, each the idf-weighted overlap of two sets relative to
 * both claims' self-weights, {@code sum(w, shared) / sqrt((sum(w, a) + k) * (sum(w, b) + k))} (1 for the same set, 0
 * for nothing shared): text terms (same language only), glossary pivots, and anchors (idf times the anchor type's
 * weight). Score = {@code lexicalWeight * max(text, pivot) + anchorWeight * anchor} when the overlap is corroborated
 * (two shared content words, or one and a URL, quantity or full date); otherwise half the lexical part alone, so shared
 * names or a shared year never link two claims by themselves.
 */
public final class LexicalAnchorSignal implements SimilaritySignal {

    // A fraction of the rarest term's weight, so it scales with the index: see the README's formula. It keeps one
    // shared word, or one shared name ("Trump" and nothing else on either side), from being a full match.
    private static final double PRIOR = 0.4;

    private final double lexicalWeight;
    private final double anchorWeight;

    public LexicalAnchorSignal(double lexicalWeight, double anchorWeight) {
        if (Math.abs(lexicalWeight + anchorWeight - 1) > 1e-9) {
            throw new IllegalArgumentException("the weights must add up to 1");
        }
        this.lexicalWeight = lexicalWeight;
        this.anchorWeight = anchorWeight;
    }

    /** The weights tuned on the shared samples plus PolNeAR dev. */
    public static LexicalAnchorSignal tuned() {
        return new LexicalAnchorSignal(0.6, 0.4);
    }

    @Override
    public Scored score(ClaimContext claim, ClaimFeatures features, StoredClaim candidate, TermWeights weights) {
        ClaimFeatures other = candidate.features();
        if (features.textKey().equals(other.textKey())) {
            return new Scored(1.0, Evidence.sameText(shared(features.anchors(), other.anchors(), Anchors.ENTITY)));
        }
        double prior = PRIOR * weights.rarest();
        boolean sameLanguage = features.textField().equals(other.textField());
        List<String> terms = sameLanguage ? intersection(features.terms(), other.terms()) : List.of();
        double text = sameLanguage
                ? similarity(features.terms(), other.terms(), terms, t -> weights.idf(features.textField(), t), prior)
                : 0;
        List<String> pivots = intersection(features.pivots(), other.pivots());
        double pivot =
                similarity(features.pivots(), other.pivots(), pivots, p -> weights.idf(ClaimDocuments.PIVOT, p), prior);
        List<String> anchors = intersection(features.anchors(), other.anchors());
        double anchor = similarity(
                features.anchors(),
                other.anchors(),
                anchors,
                a -> Anchors.typeWeight(a) * weights.idf(ClaimDocuments.ANCHOR, a),
                prior);
        int content = Math.max(terms.size(), pivots.size());
        boolean strongAnchor = anchors.stream().anyMatch(a -> Anchors.typeWeight(a) >= 1.5);
        boolean corroborated = content >= 2 || (content >= 1 && strongAnchor);
        double lexical = Math.max(text, pivot);
        double score = corroborated ? lexicalWeight * lexical + anchorWeight * anchor : lexicalWeight * lexical / 2;
        Evidence evidence = new Evidence(
                false,
                shared(anchors, Anchors.ENTITY),
                shared(anchors, Anchors.QUANTITY),
                shared(anchors, Anchors.DATE),
                cited(anchors),
                terms,
                pivots,
                text,
                pivot,
                anchor);
        return new Scored(Math.min(1, score), evidence);
    }

    static double similarity(
            List<String> mine,
            List<String> theirs,
            List<String> shared,
            ToDoubleFunction<String> weight,
            double prior) {
        if (shared.isEmpty()) {
            return 0;
        }
        double both = sum(shared, weight);
        // The prior weight keeps two claims of two or three words each from being "the same" on one shared word.
        double self = (sum(mine, weight) + prior) * (sum(theirs, weight) + prior);
        return self <= 0 ? 0 : Math.min(1, both / Math.sqrt(self));
    }

    private static double sum(List<String> items, ToDoubleFunction<String> weight) {
        double sum = 0;
        for (String item : items) {
            sum += weight.applyAsDouble(item);
        }
        return sum;
    }

    private static List<String> intersection(List<String> mine, List<String> theirs) {
        Set<String> other = new HashSet<>(theirs);
        return mine.stream().filter(other::contains).sorted().toList();
    }

    private static List<String> shared(List<String> mine, List<String> theirs, String prefix) {
        return shared(intersection(mine, theirs), prefix);
    }

    private static List<String> shared(List<String> anchors, String prefix) {
        return anchors.stream()
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .toList();
    }

    private static List<String> cited(List<String> anchors) {
        List<String> cited = new ArrayList<>(shared(anchors, Anchors.URL));
        cited.addAll(shared(anchors, Anchors.DOMAIN));
        return cited;
    }
}
