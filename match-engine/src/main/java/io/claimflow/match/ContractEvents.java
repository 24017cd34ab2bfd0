package io.claimflow.match;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.contracts.event.NarrativeUpdated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The engine's results as the contract's events ({@code ClaimMatched}, {@code NarrativeUpdated}), as the extract engine
 * produces {@code ClaimExtracted}: the service only decides where and when to publish them.
 */
public final class ContractEvents {

    /** The matcher's name in {@code ClaimMatched}. */
    public static final String MATCHER = "claimflow-match";

    /** The engine's own version; the settings are added to it, since thresholds and weights belong to the version. */
    public static final String ENGINE_VERSION = "1";

    private ContractEvents() {}

    /** Who matched: this engine with these settings, so two configurations never share an event id. */
    public static ClaimMatched.Matcher matcher(MatchSettings settings) {
        return new ClaimMatched.Matcher(
                MATCHER,
                ENGINE_VERSION + "+link=" + settings.linkThreshold() + ",suggest=" + settings.suggestThreshold()
                        + ",window=" + settings.window() + ",candidates=" + settings.candidates());
    }

    /**
     * What matching a claim found, with the claim's current narrative (it may have been merged since) and the
     * fact-checks it matched.
     */
    public static ClaimMatched claimMatched(
            MatchResult result,
            String documentId,
            String narrativeId,
            List<ClaimMatched.FactCheckMatch> factChecks,
            ClaimMatched.Matcher matcher,
            Instant at) {
        return new ClaimMatched(
                result.claimId(),
                documentId,
                narrativeId,
                result.links().stream().map(ContractEvents::match).toList(),
                result.suggestions().stream().map(ContractEvents::match).toList(),
                factChecks,
                matcher,
                at);
    }

    public static NarrativeUpdated narrativeUpdated(NarrativeSummary summary, Instant at) {
        return new NarrativeUpdated(
                summary.narrativeId(),
                summary.revision(),
                summary.mergedInto(),
                new NarrativeUpdated.Label(
                        summary.labelClaimId(), summary.labelDocumentId(), summary.label(), summary.labelLanguage()),
                summary.claimCount(),
                summary.documentCount(),
                summary.languages(),
                summary.sources().stream()
                        .map(t -> new NarrativeUpdated.Tally(t.value(), t.claims()))
                        .toList(),
                summary.claimants().stream()
                        .map(t -> new NarrativeUpdated.Tally(t.value(), t.claims()))
                        .toList(),
                summary.entities().stream()
                        .map(e -> new NarrativeUpdated.EntityTally(e.normalized(), entityType(e.type()), e.claims()))
                        .toList(),
                summary.firstSeen(),
                summary.lastSeen(),
                at);
    }

    /** An engine match as the contract's. */
    public static ClaimMatched.Match match(Match match) {
        return new ClaimMatched.Match(match.claimId(), match.documentId(), match.score(), evidence(match.evidence()));
    }

    /**
     * A published match as the engine's, to restore an index from what was published ({@link MatchEngine#restore}):
     * cited URLs and domains as citations, terms and pivots as terms, and no calibrated scores, which the contract does
     * not carry; {@link #match(Match)} turns it back into the published match unchanged.
     */
    public static Match published(ClaimMatched.Match match) {
        ClaimMatched.Evidence evidence = match.evidence();
        List<String> citations = new ArrayList<>(evidence.urls());
        citations.addAll(evidence.domains());
        return new Match(
                match.claimId(),
                match.documentId(),
                match.score(),
                new Evidence(
                        evidence.sameText(),
                        evidence.entities(),
                        evidence.quantities(),
                        evidence.dates(),
                        citations,
                        evidence.terms(),
                        List.of(),
                        0,
                        0,
                        0));
    }

    /**
     * The engine's evidence in the contract's terms: cited URLs (they hold a path) apart from bare domains, a domain
     * left out when a shared URL already names it; the analysed terms and the glossary pivots as one list of terms.
     */
    static ClaimMatched.Evidence evidence(Evidence evidence) {
        List<String> urls = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (String citation : evidence.citations()) {
            (citation.contains("/") ? urls : domains).add(citation);
        }
        domains.removeIf(domain -> urls.stream().anyMatch(url -> url.startsWith(domain + "/")));
        TreeSet<String> terms = new TreeSet<>(evidence.terms());
        terms.addAll(evidence.pivots());
        return new ClaimMatched.Evidence(
                evidence.sameText(),
                evidence.entities(),
                evidence.quantities(),
                evidence.dates(),
                List.copyOf(new TreeSet<>(urls)),
                List.copyOf(new TreeSet<>(domains)),
                List.copyOf(terms));
    }

    // Types written by an older engine version or unknown to this contract version read as OTHER.
    private static EntityType entityType(String name) {
        try {
            return EntityType.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return EntityType.OTHER;
        }
    }
}
