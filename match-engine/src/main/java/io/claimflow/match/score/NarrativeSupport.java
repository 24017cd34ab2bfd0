package io.claimflow.match.score;

import io.claimflow.match.Match;
import io.claimflow.match.MatchSettings;
import io.claimflow.match.analysis.Anchors;
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
 * Narrative-level evidence for one claim: links to narratives that its candidates support, when no single pair of
 * claims reaches the link threshold. A candidate supports its narrative when it scores at least the support floor. A
 * narrative is linked when its supporters together cover at least the cover threshold of the claim's idf-weighted
 * terms, pivots and anchors and there are at least two of them, one sharing a rare anchor with the claim (one held by
 * at most {@code rareShare} of the index: "Raqqa", never "Trump" in election news), or at least {@link #CROWD} without
 * one; or when one supporter shares rare evidence of at least the support strength: its rare anchors plus the pivots it
 * shares ("Raqqa" with "fighter" and "leave": a rare who-did-what).
 */
public final class NarrativeSupport {

    private final MatchSettings settings;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    public NarrativeSupport(MatchSettings settings) {
        this.settings = settings;
    }

    /** The supporting candidates of one narrative. */
    private static final class Group {
        private final List<StoredClaim> claims = new ArrayList<>();
        private final List<SimilaritySignal.Scored> scores = new ArrayList<>();
        private int strength;
        private boolean rare;
    }

    // Supporters none of which shares a rare anchor link the claim when at least this many of one narrative cover it
    // ("the U.S. knew ISIS was leaving the city safely" names nothing rare, yet five claims of the Raqqa narrative
    // score above the floor). On the samples plus PolNeAR dev, 3 put 19 of the 25 key claims in the main narrative
    // instead of 17, with no PolNeAR claim; 2 gave the same figures, 4 gave 18; 3 is the stricter of the best.
    static final int CROWD = 3;

    /** Offers a scored candidate; it counts when it reaches the floor. */
    public void offer(ClaimFeatures claim, StoredClaim candidate, SimilaritySignal.Scored scored, TermWeights weights) {
        if (scored == null || scored.score() < settings.supportFloor()) {
            return;
        }
        int strength = rareEvidence(claim, candidate.features(), weights);
        Group group = groups.computeIfAbsent(candidate.narrativeId(), n -> new Group());
        group.strength = Math.max(group.strength, strength);
        group.rare |= strength > 0;
        group.claims.add(candidate);
        group.scores.add(scored);
    }

    /** A narrative link: through the supporting candidate with the best pair score, scored by the coverage. */
    public record Supported(StoredClaim candidate, Match match) {}

    /**
     * The links to supported narratives not linked already: each through its best supporting candidate, scored by the
     * narrative's coverage of the claim, its evidence that candidate's with the number of supporting claims.
     */
    public List<Supported> links(ClaimFeatures claim, TermWeights weights, Set<String> linkedNarratives) {
        List<Supported> links = new ArrayList<>();
        groups.forEach((narrative, group) -> {
            if (linkedNarratives.contains(narrative)) {
                return;
            }
            double coverage = coverage(claim, group, weights);
            boolean covered = group.claims.size() >= (group.rare ? 2 : CROWD) && coverage >= settings.coverThreshold();
            if (!covered && group.strength < settings.supportStrength()) {
                return;
            }
            int best = 0;
            for (int i = 1; i < group.scores.size(); i++) {
                best = group.scores.get(i).score() > group.scores.get(best).score() ? i : best;
            }
            StoredClaim candidate = group.claims.get(best);
            links.add(new Supported(
                    candidate,
                    new Match(
                            candidate.claimId(),
                            candidate.documentId(),
                            coverage,
                            group.scores.get(best).evidence().supportedBy(group.claims.size()))));
        });
        return links;
    }

    /**
     * The share of the claim's weighted features the group's candidates hold between them, {@code sum(w, claim & union)
     * / (sum(w, claim) + k)}, 0..1: one claim saying "fighters left Raqqa" and another "under a deal with the
     * coalition" together cover "the fighters left Raqqa under a deal with the coalition".
     */
    static double coverage(ClaimFeatures claim, Group group, TermWeights weights) {
        Set<String> terms = new HashSet<>();
        Set<String> pivots = new HashSet<>();
        Set<String> anchors = new HashSet<>();
        boolean sameLanguage = false;
        for (StoredClaim member : group.claims) {
            ClaimFeatures other = member.features();
            if (other.textField().equals(claim.textField())) {
                sameLanguage = true;
                terms.addAll(other.terms());
            }
            pivots.addAll(other.pivots());
            anchors.addAll(other.anchors());
        }
        double all = weights.rarest() * LexicalAnchorSignal.PRIOR;
        double covered = 0;
        // Words cannot be shared across languages: a group in other languages is judged on what can (pivots and
        // anchors), so that an English claim joins a Swedish narrative as a Swedish claim joins an English one.
        for (String term : sameLanguage ? claim.terms() : List.<String>of()) {
            double w = weights.idf(claim.textField(), term);
            all += w;
            covered += terms.contains(term) ? w : 0;
        }
        for (String pivot : claim.pivots()) {
            double w = weights.idf(ClaimDocuments.PIVOT, pivot);
            all += w;
            covered += pivots.contains(pivot) ? w : 0;
        }
        for (String anchor : claim.anchors()) {
            double w = Anchors.typeWeight(anchor) * weights.idf(ClaimDocuments.ANCHOR, anchor);
            all += w;
            covered += anchors.contains(anchor) ? w : 0;
        }
        return covered / all;
    }

    /** The rare anchors a candidate shares with the claim, plus the pivots it shares when there is one; else 0. */
    private int rareEvidence(ClaimFeatures claim, ClaimFeatures other, TermWeights weights) {
        int rare = 0;
        Set<String> theirs = new HashSet<>(other.anchors());
        for (String anchor : claim.anchors()) {
            if (theirs.contains(anchor) && weights.share(ClaimDocuments.ANCHOR, anchor) <= settings.rareShare()) {
                rare++;
            }
        }
        if (rare == 0) {
            return 0;
        }
        Set<String> pivots = new HashSet<>(other.pivots());
        return rare + (int) claim.pivots().stream().filter(pivots::contains).count();
    }
}
