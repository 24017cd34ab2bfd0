package io.claimflow.matching.service;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.match.ClaimContext;
import io.claimflow.match.analysis.LanguageAnalyzers;
import io.claimflow.match.factcheck.ConfidenceModel;
import io.claimflow.match.factcheck.FactCheckHit;
import io.claimflow.match.factcheck.FactCheckLibrary;
import io.claimflow.match.factcheck.LibraryWeights;
import io.claimflow.match.factcheck.Reranker;
import io.claimflow.match.index.StoredClaim;
import io.claimflow.matching.config.MatchConfig;
import io.claimflow.service.kafka.TopicFollower;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The fact-check library match-service checks every claim against: the compacted {@code claimflow.factchecks.v1} read
 * from its beginning at start-up and followed as it grows, into a Lucene index in memory. Compaction keeps one record
 * per fact-check, so rebuilding it at each start costs what the library holds, not what was ever imported; and every
 * instance holds the whole library, whichever claims partitions it is assigned.
 */
@ApplicationScoped
public class FactCheckShelf implements TopicFollower.Listener {

    private static final Logger LOG = Logger.getLogger(FactCheckShelf.class);

    // No fact-check read for this long: an import is over, and the library is merged into one segment. An import
    // flows in batches a fraction of a second apart, so this rarely merges one half-way.
    public static final Duration QUIET = Duration.ofSeconds(5);

    private final MatchConfig config;
    private final LanguageAnalyzers analyzers;
    private final FactCheckLibrary library;
    private final TopicFollower follower;
    private final EventDeserializer<FactCheckImported> deserializer = Topics.FACT_CHECKS.deserializer();
    /** Read since the last read-through; added to the library together, one commit for many records. */
    private final List<FactCheck> arrived = new ArrayList<>();

    public FactCheckShelf(MatchConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers)
            throws IOException {
        this.config = config;
        this.analyzers = new LanguageAnalyzers(LanguageResources.load());
        // Reranking with embeddings costs a claim ten times the CPU of BM25 and the library minutes to read: a choice.
        boolean rerank = config.factCheckReranking();
        Reranker reranker = Reranker.standard();
        this.library = new FactCheckLibrary(
                FactCheckLibrary.memoryDirectory(),
                analyzers,
                LibraryWeights.defaults().withRerank(rerank),
                ConfidenceModel.standard(),
                reranker,
                rerank ? reranker.embedder() : Optional.empty());
        LOG.infof(
                "Fact-checks are ranked by %s",
                rerank ? "BM25, then the learned reranker with sentence embeddings" : "BM25 and the confidence model");
        // The follower calls back only once started, after construction.
        this.follower = new TopicFollower(bootstrapServers, Topics.FACT_CHECKS.name(), this);
    }

    /**
     * The fact-checks that checked the same claim, best first: those the library ranks for the claim's text with a
     * confidence of at least {@code claimflow.match.fact-check-threshold}, with what they share.
     */
    public List<ClaimMatched.FactCheckMatch> match(ClaimContext context) {
        return match(context, config.factChecksPerClaim(), config.factCheckThreshold());
    }

    /**
     * The library's {@code top} best fact-checks for a claim in its order, whatever their confidence: the ranking
     * {@code claimflow match} prints, each with its confidence, for a user to judge where the threshold would cut.
     */
    public List<ClaimMatched.FactCheckMatch> ranking(ClaimContext context, int top) {
        return match(context, top, 0.0);
    }

    private List<ClaimMatched.FactCheckMatch> match(ClaimContext context, int count, double minimumConfidence) {
        ClaimExtracted claim = context.claim();
        Set<String> pages = new LinkedHashSet<>(claim.citations());
        if (context.url() != null) {
            pages.add(context.url());
        }
        return match(claim.text(), claim.language(), pages, count, minimumConfidence);
    }

    /**
     * The same for a claim the match index holds: its text, language and document's URL (its citations are not kept).
     */
    public List<ClaimMatched.FactCheckMatch> match(StoredClaim claim) {
        Set<String> pages = claim.url() == null ? Set.of() : Set.of(claim.url());
        return match(
                claim.text(),
                claim.features().language(),
                pages,
                config.factChecksPerClaim(),
                config.factCheckThreshold());
    }

    /** Adds fact-checks now, before the topic's follower would (it adds them again, which replaces them by id). */
    public void addAll(List<FactCheck> factChecks) {
        if (factChecks.isEmpty()) {
            return;
        }
        try {
            library.addAll(factChecks);
        } catch (IOException e) {
            throw new UncheckedIOException("the fact-check library cannot be written", e);
        }
    }

    private List<ClaimMatched.FactCheckMatch> match(
            String text, String language, Set<String> pages, int count, double minimumConfidence) {
        List<FactCheckHit> hits;
        try {
            hits = library.rank(text, language, count);
        } catch (IOException e) {
            throw new UncheckedIOException("the fact-check library cannot be searched", e);
        }
        List<ClaimMatched.FactCheckMatch> matches = new ArrayList<>();
        for (FactCheckHit hit : hits) {
            if (hit.confidence() >= minimumConfidence) {
                FactCheck factCheck = hit.factCheck();
                matches.add(new ClaimMatched.FactCheckMatch(
                        factCheck.id(),
                        factCheck.url(),
                        factCheck.verdict(),
                        factCheck.publisher(),
                        hit.confidence(),
                        evidence(hit, pages)));
            }
        }
        return matches;
    }

    /** What a claim and a fact-check share: terms and numbers, and the pages the claim came from or cites. */
    private static ClaimMatched.Evidence evidence(FactCheckHit hit, Set<String> pages) {
        Set<String> appearances = new LinkedHashSet<>();
        hit.factCheck().appearances().forEach(url -> appearances.add(StableIds.normalizedUrl(url)));
        List<String> urls = pages.stream()
                .filter(url -> appearances.contains(StableIds.normalizedUrl(url)))
                .toList();
        return new ClaimMatched.Evidence(false, List.of(), hit.numbers(), List.of(), urls, List.of(), hit.terms());
    }

    /** Whether the library holds what the topic held at start-up; before, a claim could miss a fact-check. */
    public boolean caughtUp() {
        return follower.caughtUp();
    }

    public int size() {
        try {
            return library.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many segments the library's index has: one once an import is over ({@link #QUIET}). */
    public int segments() {
        try {
            return library.segments();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void onStart(@Observes StartupEvent event) {
        follower.start();
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        follower.stop();
        library.close();
        analyzers.close();
    }

    @Override
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        try {
            FactCheckImported imported = deserializer.deserialize(record.topic(), record.headers(), record.value());
            if (imported != null) {
                arrived.add(imported.factCheck());
            }
        } catch (RuntimeException e) {
            // The library cannot hold what cannot be read; store-service dead-letters it.
            LOG.warnf(
                    "Skipping an unreadable fact-check at %s-%d@%d: %s",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    @Override
    public boolean onReadThrough(long endsTakenAt) {
        if (!arrived.isEmpty()) {
            try {
                library.addAll(arrived);
            } catch (IOException e) {
                throw new UncheckedIOException("the fact-check library cannot be written", e);
            }
            arrived.clear();
        }
        if (!caughtUp()) {
            LOG.infof("Fact-check library read: %d fact-checks", size());
        }
        compactIfQuiet();
        return false;
    }

    // Merging only saves rankings time: a failure leaves the library as it was, and is worth a warning.
    private void compactIfQuiet() {
        long start = System.nanoTime();
        try {
            if (library.compactIfQuiet(QUIET)) {
                LOG.infof(
                        "Fact-check library merged into one segment: %d fact-checks in %d ms",
                        size(), (System.nanoTime() - start) / 1_000_000);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The fact-check library was not merged into one segment: %s", e.toString());
        }
    }
}
