package io.claimflow.match;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.match.analysis.ClaimFeatures;
import io.claimflow.match.analysis.FeatureExtractor;
import io.claimflow.match.analysis.Glossary;
import io.claimflow.match.analysis.LanguageAnalyzers;
import io.claimflow.match.index.ClaimIndex;
import io.claimflow.match.index.ResultCodec;
import io.claimflow.match.index.StoredClaim;
import io.claimflow.match.narrative.NarrativeBook;
import io.claimflow.match.score.CandidateSearch;
import io.claimflow.match.score.LexicalAnchorSignal;
import io.claimflow.match.score.NarrativeSupport;
import io.claimflow.match.score.SimilaritySignal;
import io.claimflow.match.score.SimilaritySignal.Scored;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.store.Directory;

/**
 * The match engine's composition root: matches a claim against earlier claims, links it into a narrative, and keeps
 * everything in one Lucene index in the caller's directory. Matching is serialised (one writer of narratives);
 * construction loads the glossaries once.
 */
public final class MatchEngine implements Closeable {

    private final MatchSettings settings;
    private final LanguageAnalyzers analyzers;
    private final FeatureExtractor features;
    private final ClaimIndex index;
    private final CandidateSearch search = new CandidateSearch();
    private final List<SimilaritySignal> signals;
    private final NarrativeBook narratives;

    public MatchEngine(Directory directory, MatchSettings settings, List<SimilaritySignal> signals) {
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("at least one similarity signal is needed");
        }
        this.settings = Objects.requireNonNull(settings);
        this.signals = List.copyOf(signals);
        LanguageResources packs = LanguageResources.load();
        this.analyzers = new LanguageAnalyzers(packs);
        this.features = new FeatureExtractor(analyzers, new Glossary(packs, analyzers));
        this.index = new ClaimIndex(directory, analyzers);
        this.narratives = new NarrativeBook(index);
    }

    /** An engine with the lexical and anchor signal, the only one there is. */
    public MatchEngine(Directory directory, MatchSettings settings) {
        this(directory, settings, List.of(LexicalAnchorSignal.tuned()));
    }

    public MatchSettings settings() {
        return settings;
    }

    /**
     * Matches a claim: scores the earlier claims of the window, indexes the claim, links it and updates narratives. A
     * claim already indexed gets its stored result back, and nothing changes (replays are idempotent by claim id). The
     * changed narratives are the final states of those merged away, then the claim's narrative as it is now.
     */
    public synchronized MatchResult match(ClaimContext claim) {
        Step step = step(claim);
        if (step.result().replayed()) {
            return step.result();
        }
        index.readyFor(claim.documentId());
        List<NarrativeSummary> changed = new ArrayList<>(step.mergedAway());
        changed.add(narratives.summary(step.result().narrativeId()));
        MatchResult result = step.result();
        return new MatchResult(
                result.claimId(),
                result.narrativeId(),
                result.links(),
                result.suggestions(),
                changed,
                result.merges(),
                false);
    }

    /**
     * Matches claims in order, each seeing the ones before it (twins often arrive together), with the same links,
     * suggestions and narratives as {@link #match} one by one; each changed narrative is summed up once, at the end. A
     * replayed claim's narrative counts as changed: a batch read again after an aborted transaction publishes it again.
     */
    public synchronized BatchResult matchAll(List<ClaimContext> claims) {
        List<MatchResult> results = new ArrayList<>(claims.size());
        Map<String, NarrativeSummary> mergedAway = new LinkedHashMap<>();
        Set<String> touched = new LinkedHashSet<>();
        for (ClaimContext claim : claims) {
            Step step = step(claim);
            results.add(step.result());
            step.mergedAway().forEach(last -> mergedAway.put(last.narrativeId(), last));
            touched.add(step.result().narrativeId());
        }
        if (!claims.isEmpty()) {
            // As match leaves the index after the batch's last claim: the next batch sees it as one by one.
            index.readyFor(claims.get(claims.size() - 1).documentId());
        }
        List<NarrativeSummary> changed = new ArrayList<>(mergedAway.values());
        Set<String> live = new LinkedHashSet<>();
        touched.forEach(id -> live.add(index.resolve(id)));
        for (String id : live) {
            NarrativeSummary summary = narratives.summary(id);
            if (summary != null) {
                changed.add(summary);
            }
        }
        return new BatchResult(results, changed);
    }

    /**
     * What {@link #matchAll} found: per claim its result (without summaries), then every narrative the batch changed,
     * once: the final state of each merged away, then each live one as it stands after the batch.
     */
    public record BatchResult(List<MatchResult> results, List<NarrativeSummary> changedNarratives) {
        public BatchResult {
            results = List.copyOf(results);
            changedNarratives = List.copyOf(changedNarratives);
        }
    }

    private record Step(MatchResult result, List<NarrativeSummary> mergedAway) {}

    // One claim matched and joined, its summaries left to the caller (once per claim or once per batch).
    private Step step(ClaimContext claim) {
        index.readyFor(claim.documentId());
        StoredClaim known = index.find(claim.claimId());
        if (known != null) {
            return new Step(storedResult(known, known.narrativeId()), List.of());
        }
        ClaimFeatures analysed = features.features(claim.claim());
        Scoring scoring = score(claim, analysed);
        List<Match> links = scoring.links();
        List<Match> suggestions = scoring.suggestions();
        Map<String, StoredClaim> linked = scoring.linked();
        StoredClaim stored = stored(claim, analysed, links, suggestions);
        NarrativeBook.Joined joined = narratives.add(stored, links, linked);
        return new Step(
                new MatchResult(
                        claim.claimId(), joined.narrativeId(), links, suggestions, List.of(), joined.merges(), false),
                joined.mergedAway());
    }

    /**
     * Indexes a claim with the links and suggestions it was published with, without scoring it: to bring an index level
     * with another's output (a standby taking over, a rolled-back batch that had committed after all). Matching depends
     * on the order claims come in, restoring does not: a narrative is the claims its links connect, named by the
     * earliest of those that started one (no links), so any order in which every claim comes after the ones it links
     * gives the publisher's narratives, revisions and link sums. A claim whose links are not all indexed yet waits
     * ({@link Restored#WAITING}), unless {@code anyway}: then it joins through those that are and keeps all of them.
     */
    public synchronized Restored restore(
            ClaimContext claim, List<Match> links, List<Match> suggestions, boolean anyway) {
        index.readyFor(claim.documentId());
        if (index.find(claim.claimId()) != null) {
            return Restored.KNOWN;
        }
        Map<String, StoredClaim> linked = new HashMap<>();
        List<Match> present = new ArrayList<>();
        for (Match link : links) {
            StoredClaim other = index.find(link.claimId());
            if (other != null) {
                linked.put(other.claimId(), other);
                present.add(link);
            }
        }
        if (present.size() < links.size() && !anyway) {
            return Restored.WAITING;
        }
        narratives.add(stored(claim, features.features(claim.claim()), links, suggestions), present, linked);
        return Restored.RESTORED;
    }

    /** What {@link #restore} did with a claim. */
    public enum Restored {
        /** Indexed with its links. */
        RESTORED,
        /** Already indexed: nothing changed. */
        KNOWN,
        /** Not indexed: a claim it links is not indexed yet. */
        WAITING
    }

    /**
     * What matching a claim would find, without indexing it or changing anything (a dry run, {@code POST /match}): the
     * narrative is the one it would join, or null when it would start its own; no summaries, no merges.
     */
    public synchronized MatchResult preview(ClaimContext claim) {
        index.refresh();
        Scoring scoring = score(claim, features.features(claim.claim()));
        String narrative = scoring.links().isEmpty()
                ? null
                : scoring.linked().get(scoring.links().get(0).claimId()).narrativeId();
        return new MatchResult(
                claim.claimId(), narrative, scoring.links(), scoring.suggestions(), List.of(), List.of(), false);
    }

    /**
     * The claims already matched that a text may say the same as: the candidates its search finds in the window (the
     * rarer of its terms, BM25), unscored, for a caller with its own judge (a fact-check imported after claims it
     * checked: the library decides which of them it matches); each as the index keeps it, with its stored result and
     * its narrative as it is now, to publish again.
     */
    public synchronized List<Known> known(ClaimContext probe) {
        index.refresh();
        ClaimFeatures analysed = features.features(probe.claim());
        List<StoredClaim> candidates = index.read(
                searcher -> search.find(index, searcher, probe, analysed, settings.window(), settings.candidates())
                        .claims());
        List<Known> known = new ArrayList<>();
        for (StoredClaim claim : candidates) {
            known.add(new Known(claim, storedResult(claim, index.resolve(claim.narrativeId()))));
        }
        return known;
    }

    /** A claim the index holds and its match result as stored, its narrative resolved to the live one. */
    public record Known(StoredClaim claim, MatchResult result) {}

    /** A claim's result as the index stored it when it was matched, replayed: nothing changes by it. */
    private static MatchResult storedResult(StoredClaim claim, String narrativeId) {
        ResultCodec.Decoded stored = ResultCodec.decode(claim.result());
        return new MatchResult(
                claim.claimId(), narrativeId, stored.links(), stored.suggestions(), List.of(), List.of(), true);
    }

    /**
     * Indexes a claim as a narrative of its own without matching it and without a refresh: for bulk loading (the
     * benchmark's synthetic index). Call {@link #refresh} before matching.
     */
    public synchronized void seed(ClaimContext claim) {
        ClaimFeatures analysed = features.features(claim.claim());
        index.seed(stored(claim, analysed, List.of(), List.of()));
    }

    /** Makes seeded claims visible to matching. */
    public synchronized void refresh() {
        index.refresh();
    }

    private record Scoring(List<Match> links, List<Match> suggestions, Map<String, StoredClaim> linked) {}

    private Scoring score(ClaimContext claim, ClaimFeatures analysed) {
        List<Match> links = new ArrayList<>();
        List<Match> suggestions = new ArrayList<>();
        Map<String, StoredClaim> linked = new HashMap<>();
        index.read(searcher -> {
            CandidateSearch.Candidates candidates =
                    search.find(index, searcher, claim, analysed, settings.window(), settings.candidates());
            NarrativeSupport support = new NarrativeSupport(settings);
            Set<String> linkedNarratives = new HashSet<>();
            for (StoredClaim candidate : candidates.claims()) {
                Scored best = best(claim, analysed, candidate, candidates);
                support.offer(analysed, candidate, best, candidates.weights());
                if (best == null || best.score() < settings.suggestThreshold()) {
                    continue;
                }
                Match match = new Match(candidate.claimId(), candidate.documentId(), best.score(), best.evidence());
                if (best.score() >= settings.linkThreshold()) {
                    links.add(match);
                    linked.put(candidate.claimId(), candidate);
                    linkedNarratives.add(candidate.narrativeId());
                } else {
                    suggestions.add(match);
                }
            }
            // Narratives several candidates support together, or one with rare evidence, linked through one claim.
            for (NarrativeSupport.Supported supported :
                    support.links(analysed, candidates.weights(), linkedNarratives)) {
                StoredClaim candidate = supported.candidate();
                suggestions.removeIf(s -> s.claimId().equals(candidate.claimId()));
                links.add(supported.match());
                linked.put(candidate.claimId(), candidate);
            }
            return null;
        });
        Comparator<Match> order =
                Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::claimId);
        links.sort(order);
        suggestions.sort(order);
        return new Scoring(links, suggestions, linked);
    }

    private static StoredClaim stored(
            ClaimContext claim, ClaimFeatures analysed, List<Match> links, List<Match> suggestions) {
        ClaimExtracted extracted = claim.claim();
        // One type per distinct normalised entity: the first mention's.
        Map<String, String> entities = new LinkedHashMap<>();
        extracted
                .entities()
                .forEach(e -> entities.putIfAbsent(e.normalized(), e.type().name()));
        return new StoredClaim(
                claim.claimId(),
                claim.documentId(),
                claim.claimId(),
                extracted.text(),
                claim.source(),
                claim.url(),
                extracted.claimant().name(),
                claim.seenAt(),
                List.copyOf(entities.keySet()),
                List.copyOf(entities.values()),
                analysed,
                0,
                ResultCodec.encode(links, suggestions));
    }

    private Scored best(
            ClaimContext claim, ClaimFeatures analysed, StoredClaim candidate, CandidateSearch.Candidates found) {
        Scored best = null;
        for (SimilaritySignal signal : signals) {
            Scored scored = signal.score(claim, analysed, candidate, found.weights());
            if (scored != null && (best == null || scored.score() > best.score())) {
                best = scored;
            }
        }
        return best;
    }

    /** The summary of a narrative (a merged one's id is followed to where it went), or null when unknown. */
    public synchronized NarrativeSummary narrative(String narrativeId) {
        index.refresh();
        return narratives.summary(index.resolve(narrativeId));
    }

    /** The narrative a merged narrative went into, or the id itself when it is live or unknown. */
    public synchronized String resolve(String narrativeId) {
        index.refresh();
        return index.resolve(narrativeId);
    }

    /** The narrative of a claim, or null when the claim is not indexed. */
    public synchronized String narrativeOf(String claimId) {
        index.refresh();
        StoredClaim claim = index.find(claimId);
        return claim == null ? null : claim.narrativeId();
    }

    /** Makes all state durable as one snapshot carrying the caller's user data (the service's consumed offsets). */
    public synchronized void commit(Map<String, String> userData) {
        index.commit(userData);
    }

    /** The user data of the last commit; empty for a new index. */
    public synchronized Map<String, String> commitData() {
        return index.commitData();
    }

    /** How many documents the index holds (claims and redirects). */
    public synchronized int indexSize() {
        return index.size();
    }

    /** Closes without committing: changes since the last commit are lost, as after a crash. */
    @Override
    public synchronized void close() throws IOException {
        index.close();
        analyzers.close();
    }
}
