package io.claimflow.tools.bench;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.SourceDocument;
import io.claimflow.match.ClaimContext;
import io.claimflow.match.MatchEngine;
import io.claimflow.match.MatchSettings;
import io.claimflow.tools.SharedData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * Claims matched per second, one thread, against an index of synthetic claims (default 1,000,000) made from the
 * samples' and PolNeAR dev's claims with varied ids, documents, entities, numbers and one extra word each. Arguments:
 * index size, claims to match.
 */
public final class MatchBenchmark {

    private static final Instant T0 = Instant.parse("2016-10-01T00:00:00Z");

    private MatchBenchmark() {}

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        List<ClaimExtracted> base = claims(SharedData.require());
        System.out.printf(Locale.ROOT, "%d base claims%n", base.size());
        Path folder = Files.createTempDirectory("match-bench");
        long start = System.nanoTime();
        // Spread over 25 days: every claim stays inside the default 30-day window, the worst case for the search.
        long step = 25L * 86_400_000L / size;
        try (MatchEngine engine = new MatchEngine(FSDirectory.open(folder), MatchSettings.defaults())) {
            for (int i = 0; i < size; i++) {
                engine.seed(variant(base, i, "s" + i, i, T0.plusMillis(step * i)));
            }
            engine.commit(Map.of());
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "index of %d claims built in %.1f s (%.0f claims/s)%n",
                size,
                buildSeconds,
                size / buildSeconds);
        try (MatchEngine engine = new MatchEngine(FSDirectory.open(folder), MatchSettings.defaults())) {
            Instant after = T0.plusMillis(step * size);
            List<ClaimContext> probes = new ArrayList<>();
            for (int i = 0; i < 2 * queries; i++) {
                probes.add(variant(base, (i * 7919) % base.size(), "q" + i, size + i, after.plusMillis(i)));
            }
            // Warm-up on other claims, then the measured runs: preview (search + scoring) and match (+ writes).
            for (int i = 0; i < Math.min(500, queries); i++) {
                engine.preview(probes.get(queries + i));
            }
            // CPU time of this thread too: the machine may be shared, and wall time then says more about the others.
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long links = 0;
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < queries; i++) {
                links += engine.preview(probes.get(i)).links().size();
            }
            double previewRate = queries / ((System.nanoTime() - t) / 1e9);
            double previewCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / queries;
            t = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < queries; i++) {
                engine.match(probes.get(i));
            }
            double matchRate = queries / ((System.nanoTime() - t) / 1e9);
            double matchCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / queries;
            System.out.printf(
                    Locale.ROOT,
                    "against %d claims, one thread: preview (search + scoring) %.0f claims/s (%.2f ms CPU per claim,"
                            + " %.0f claims/s of CPU), match (+ index, link, refresh, summary) %.0f claims/s (%.2f ms"
                            + " CPU per claim, %.0f claims/s of CPU); %.2f links per claim%n",
                    size,
                    previewRate,
                    previewCpu,
                    1000 / previewCpu,
                    matchRate,
                    matchCpu,
                    1000 / matchCpu,
                    (double) links / queries);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * Claim {@code n}: in "copies" mode ({@code -Dbench.copies=true}) base claim {@code n % size} word for word, so
     * each text has hundreds of twins (a copy-paste campaign, or the pipeline benchmarks' repeated samples); in
     * "duplicates" mode ({@code -Dbench.duplicates=true}) that copy with one extra word; otherwise the first half of
     * one base claim's words joined to the second half of another's and one extra word, so that the million texts
     * differ as real claims do and a probe has a few close candidates, not hundreds.
     */
    private static ClaimContext variant(List<ClaimExtracted> base, int n, String id, int i, Instant at) {
        ClaimExtracted claim = base.get(n % base.size());
        if (Boolean.getBoolean("bench.copies")) {
            return variant(claim, claim.text(), id, i, at);
        }
        String extra = " w" + Integer.toString(i % 100_000, 36);
        if (Boolean.getBoolean("bench.duplicates")) {
            return variant(claim, claim.text() + extra, id, i, at);
        }
        ClaimExtracted other = base.get((int) ((n * 2654435761L + n / base.size()) % base.size()));
        String[] first = claim.text().split(" ");
        String[] second = other.text().split(" ");
        String text = String.join(" ", java.util.Arrays.copyOfRange(first, 0, (first.length + 1) / 2)) + " "
                + String.join(" ", java.util.Arrays.copyOfRange(second, second.length / 2, second.length));
        return variant(claim, text + extra, id, i, at);
    }

    private static ClaimContext variant(ClaimExtracted claim, String text, String id, int i, Instant at) {
        List<ClaimExtracted.Entity> entities = new ArrayList<>(claim.entities());
        entities.add(new ClaimExtracted.Entity(
                "Person" + (i % 50_000), io.claimflow.contracts.event.EntityType.PERSON, "Person " + (i % 50_000)));
        List<ClaimExtracted.Quantity> quantities = new ArrayList<>();
        claim.quantities()
                .forEach(q -> quantities.add(new ClaimExtracted.Quantity(q.text(), q.value() + i % 997, q.unit())));
        ClaimExtracted copy = new ClaimExtracted(
                id,
                "doc-" + (i / 20),
                claim.ordinal(),
                text,
                new ClaimExtracted.Span(0, text.length()),
                claim.language(),
                claim.checkworthiness(),
                claim.claimant(),
                claim.cue(),
                entities,
                quantities,
                claim.dates(),
                claim.citations(),
                claim.extractor(),
                at,
                null,
                null);
        return new ClaimContext(copy, "source-" + (i % 300), null, at);
    }

    /** The claims the engine extracts from the samples and PolNeAR dev, in file order. */
    static List<ClaimExtracted> claims(Path shared) throws IOException {
        ClaimflowEngine engine = ClaimflowEngine.withDefaults();
        List<ClaimExtracted> claims = new ArrayList<>();
        for (String folder : List.of("samples", "datasets/polnear/dev/text")) {
            try (Stream<Path> files = Files.list(shared.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt"))
                        .sorted()
                        .toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    claims.addAll(
                            engine.extract(new SourceDocument(file.getFileName().toString(), text, null))
                                    .claims());
                }
            }
        }
        return claims;
    }
}
