package io.claimflow.match.score;

import io.claimflow.match.analysis.ClaimFeatures;
import io.claimflow.match.index.ClaimDocuments;
import io.claimflow.match.index.StoredClaim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Narrative-level evidence: a claim that several claims of one narrative each resemble a little belongs to that
 * narrative more surely than any one of them says. The support of a narrative is the noisy-or of its candidates' pair
 * scores, {@code 1 - prod(1 - s)}, counting only candidates that score at least the floor and share a rare anchor with
 * the claim (one held by at most {@code rareShare} of the index): a name as common as "Trump" in election news
 * supports nothing, "Raqqa" does.
 */
public final class NarrativeSupport {

    private final double floor;
    private final double rareShare;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    public NarrativeSupport(double floor, double rareShare) {
        this.floor = floor;
        this.rareShare = rareShare;
    }

    /** The supporting candidates of one narrative. */
    public static final class Group {
        private final List<StoredClaim> claims = new ArrayList<>();
        private final List<SimilaritySignal.Scored> scores = new ArrayList<>();
        private double miss = 1;
        private int rare;

        /** The most rare anchors one supporting candidate shares with the claim. */
        public int rareAnchors() {
            return rare;
        }

        /** The noisy-or of the supporting pair scores. */
        public double score() {
            return 1 - miss;
        }

        public int size() {
            return claims.size();
        }

        /** The supporting candidate with the highest pair score, and its score. */
        public int best() {
            int best = 0;
            for (int i = 1; i < scores.size(); i++) {
                if (scores.get(i).score() > scores.get(best).score()) {
                    best = i;
                }
            }
            return best;
        }

        public StoredClaim claim(int i) {
            return claims.get(i);
        }

        public SimilaritySignal.Scored scored(int i) {
            return scores.get(i);
        }
    }

    /** Offers a scored candidate; it counts when it reaches the floor and shares a rare anchor with the claim. */
    public void offer(ClaimFeatures claim, StoredClaim candidate, SimilaritySignal.Scored scored, TermWeights weights) {
        if (scored == null || scored.score() < floor) {
            return;
        }
        int rare = rareAnchors(claim, candidate.features(), weights);
        if (rare == 0) {
            return;
        }
        Group group = groups.computeIfAbsent(candidate.narrativeId(), n -> new Group());
        group.rare = Math.max(group.rare, rare);
        group.claims.add(candidate);
        group.scores.add(scored);
        group.miss *= 1 - scored.score();
    }

    /**
     * The narratives with at least two supporting candidates, or one sharing two rare anchors with the claim, in the
     * order they were first offered.
     */
    public Map<String, Group> corroborated() {
        Map<String, Group> found = new LinkedHashMap<>();
        groups.forEach((narrative, group) -> {
            if (group.size() >= 2 || group.rare >= 2) {
                found.put(narrative, group);
            }
        });
        return found;
    }

    private int rareAnchors(ClaimFeatures claim, ClaimFeatures other, TermWeights weights) {
        Set<String> theirs = new HashSet<>(other.anchors());
        int rare = 0;
        for (String anchor : claim.anchors()) {
            if (theirs.contains(anchor) && weights.share(ClaimDocuments.ANCHOR, anchor) <= rareShare) {
                rare++;
            }
        }
        return rare;
    }
}
