package io.claimflow.tools.bench;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.factcheck.FactCheckReader;
import io.claimflow.match.analysis.LanguageAnalyzers;
import io.claimflow.match.factcheck.FactCheckLibrary;
import io.claimflow.match.factcheck.LibraryWeights;
import io.claimflow.tools.SharedData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Claims ranked per second, one thread, against the fact-check library of CheckThat! 2021 task 2B (19,250 PolitiFact
 * fact-checks), built as match-service builds it while an import flows: in batches of the fact-check channel's poll
 * (20), each batch added twice (by the fact-check consumer, then again by the library's topic follower); then again
 * once the library is merged into one segment, as match-service merges it when an import is over. The claims are those
 * the engine extracts from the samples and PolNeAR dev, the news claims the service ranks. Arguments: claims to rank,
 * batch size.
 */
public final class FactCheckBenchmark {

    private FactCheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        int queries = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path shared = SharedData.require();
        List<FactCheck> factChecks =
                new FactCheckReader().read(shared.resolve("datasets/claimmatch/checkthat2021-2b-en/vclaims.jsonl"));
        List<ClaimExtracted> claims = MatchBenchmark.claims(shared);
        try (LanguageAnalyzers analyzers = new LanguageAnalyzers(LanguageResources.load());
                FactCheckLibrary library = new FactCheckLibrary(
                        FactCheckLibrary.memoryDirectory(), analyzers, LibraryWeights.defaults())) {
            long start = System.nanoTime();
            for (int from = 0; from < factChecks.size(); from += batch) {
                List<FactCheck> part = factChecks.subList(from, Math.min(factChecks.size(), from + batch));
                library.addAll(part);
                library.addAll(part);
            }
            System.out.printf(
                    Locale.ROOT,
                    "library of %d fact-checks built in batches of %d, each added twice, in %.1f s: %d segments%n",
                    library.size(),
                    batch,
                    (System.nanoTime() - start) / 1e9,
                    library.segments());
            for (int i = 0; i < Math.min(500, queries); i++) {
                rank(library, claims.get((queries + i) % claims.size()));
            }
            measure(library, claims, queries, "as built");
            long merging = System.nanoTime();
            library.compactIfQuiet(Duration.ZERO);
            System.out.printf(
                    Locale.ROOT,
                    "merged as match-service merges it once an import is over, in %.1f s: %d segment%n",
                    (System.nanoTime() - merging) / 1e9,
                    library.segments());
            measure(library, claims, queries, "merged");
        }
    }

    private static void measure(FactCheckLibrary library, List<ClaimExtracted> claims, int queries, String state)
            throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long hits = 0;
        long t = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < queries; i++) {
            hits += rank(library, claims.get(i % claims.size()));
        }
        double rate = queries / ((System.nanoTime() - t) / 1e9);
        double cpuPerClaim = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / queries;
        System.out.printf(
                Locale.ROOT,
                "%s: %d claims of %d distinct, one thread: %.0f claims/s (%.2f ms CPU per claim, %.0f claims/s of CPU);"
                        + " %.2f hits per claim%n",
                state,
                queries,
                claims.size(),
                rate,
                cpuPerClaim,
                1000 / cpuPerClaim,
                (double) hits / queries);
    }

    // As match-service asks: its three best (claimflow.match.fact-checks-per-claim).
    private static int rank(FactCheckLibrary library, ClaimExtracted claim) throws IOException {
        return library.rank(claim.text(), claim.language(), 3).size();
    }
}
