package io.claimflow.tools.factcheck;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.factcheck.FactCheckReader;
import io.claimflow.factcheck.InvalidInputException;
import io.claimflow.factcheck.QueryText;
import io.claimflow.match.analysis.LanguageAnalyzers;
import io.claimflow.match.factcheck.ConfidenceModel;
import io.claimflow.match.factcheck.FactCheckHit;
import io.claimflow.match.factcheck.FactCheckLibrary;
import io.claimflow.match.factcheck.LibraryWeights;
import io.claimflow.match.factcheck.Reranker;
import io.claimflow.match.factcheck.SentenceEmbedder;
import io.claimflow.tools.SharedData;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * MAP@5 of the fact-check library on the CheckThat! claim-retrieval collections in
 * {@code ../shared/datasets/claimmatch} (2022 task 2A: tweets against Snopes; 2021 task 2B: debate sentences against
 * PolitiFact), each split's queries ranked against its collection's {@code vclaims.jsonl} as the lab does.
 */
public final class FactCheckEvaluation implements Closeable {

    /** The rank the lab cuts runs at. */
    public static final int DEPTH = 5;

    /** The collections, as folders of {@code datasets/claimmatch}. */
    public static final List<String> COLLECTIONS = List.of("checkthat2022-2a-en", "checkthat2021-2b-en");

    /** The splits there are. */
    public static final List<String> SPLITS = List.of("train", "dev");

    /** The language of both collections. */
    static final String LANGUAGE = "en";

    private final LanguageAnalyzers analyzers;
    private final ConfidenceModel confidence;
    private final Reranker reranker;
    private final Optional<SentenceEmbedder> embedder;
    // One library per collection, kept: the weights apply at query time, so tuning indexes each collection once.
    private final Map<Path, FactCheckLibrary> libraries = new LinkedHashMap<>();

    public FactCheckEvaluation(LanguageAnalyzers analyzers) {
        this(
                analyzers,
                ConfidenceModel.standard(),
                Reranker.standard(),
                Reranker.standard().embedder());
    }

    /** An evaluation whose libraries use the given models (a neutral confidence to learn another). */
    public FactCheckEvaluation(
            LanguageAnalyzers analyzers,
            ConfidenceModel confidence,
            Reranker reranker,
            Optional<SentenceEmbedder> embedder) {
        this.analyzers = analyzers;
        this.confidence = confidence;
        this.reranker = reranker;
        this.embedder = embedder;
    }

    /** One figure: a collection's split ranked with some weights. */
    public record Figure(String collection, String split, double map, int queries, double queriesPerSecond) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s %s: MAP@%d %.4f (%d queries, %.0f queries/s)",
                    collection,
                    split,
                    DEPTH,
                    map,
                    queries,
                    queriesPerSecond);
        }
    }

    /** MAP@5 of each split of a collection folder, ranked by its library with the given weights. */
    public List<Figure> evaluate(Path collection, List<String> splits, LibraryWeights weights)
            throws IOException, InvalidInputException {
        List<Figure> figures = new ArrayList<>();
        FactCheckLibrary library = library(collection);
        for (String split : splits) {
            List<QueryText> queries = QueryText.read(collection.resolve(split).resolve("queries.jsonl"));
            Map<String, List<String>> run = new LinkedHashMap<>();
            long start = System.nanoTime();
            for (QueryText query : queries) {
                run.put(
                        query.id(),
                        library.rank(query.text(), LANGUAGE, DEPTH, weights).stream()
                                .map((FactCheckHit hit) -> hit.factCheck().id())
                                .toList());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double map = MeanAveragePrecision.of(
                    run, Qrels.read(collection.resolve(split).resolve("qrels.tsv")), DEPTH);
            figures.add(new Figure(
                    collection.getFileName().toString(), split, map, queries.size(), queries.size() / seconds));
        }
        return figures;
    }

    /** The library of a collection folder's {@code vclaims.jsonl}, read and indexed on first use. */
    public FactCheckLibrary library(Path collection) throws IOException, InvalidInputException {
        FactCheckLibrary library = libraries.get(collection);
        if (library == null) {
            library = new FactCheckLibrary(
                    FactCheckLibrary.memoryDirectory(),
                    analyzers,
                    LibraryWeights.defaults(),
                    confidence,
                    reranker,
                    embedder);
            libraries.put(collection, library);
            library.addAll(new FactCheckReader().read(collection.resolve("vclaims.jsonl")));
        }
        return library;
    }

    @Override
    public void close() throws IOException {
        for (FactCheckLibrary library : libraries.values()) {
            library.close();
        }
    }

    /**
     * Prints the figures of the plain baseline and of the default weights, train and dev, for both collections; with
     * the argument {@code tune} ({@code -Dexec.args=tune}), chooses the weights on train instead
     * ({@link FactCheckTuning}); with {@code confidence}, learns the confidence model on train and reports its
     * calibration on dev ({@link ConfidenceTraining}); with {@code rerank}, learns the reranker on train
     * ({@link RerankerTraining}).
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("tune")) {
            FactCheckTuning.main(args);
            return;
        }
        if (args.length > 0 && args[0].equals("rerank")) {
            RerankerTraining.main(args);
            return;
        }
        if (args.length > 0 && args[0].equals("confidence")) {
            ConfidenceTraining.main(args);
            return;
        }
        Path claimmatch = SharedData.require().resolve("datasets/claimmatch");
        try (LanguageAnalyzers analyzers = new LanguageAnalyzers(LanguageResources.load());
                FactCheckEvaluation evaluation = new FactCheckEvaluation(analyzers)) {
            Map<String, LibraryWeights> variants = new LinkedHashMap<>();
            variants.put("plain BM25 (claim + title)", LibraryWeights.plain());
            LibraryWeights tuned = LibraryWeights.defaults();
            variants.put(
                    "BM25 weights without post text",
                    new LibraryWeights(
                            tuned.claim(), tuned.title(), tuned.body(), tuned.k1(), tuned.b(), false, false));
            variants.put("BM25 weights", tuned.withRerank(false));
            variants.put("defaults (reranked) " + tuned, tuned);
            for (String collection : COLLECTIONS) {
                for (Map.Entry<String, LibraryWeights> variant : variants.entrySet()) {
                    for (Figure figure :
                            evaluation.evaluate(claimmatch.resolve(collection), SPLITS, variant.getValue())) {
                        System.out.println(variant.getKey() + " | " + figure);
                    }
                }
            }
        }
    }
}
