package io.claimflow.tools.narrative;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.SourceDocument;
import io.claimflow.match.ClaimContext;
import io.claimflow.match.Match;
import io.claimflow.match.MatchEngine;
import io.claimflow.match.MatchResult;
import io.claimflow.match.MatchSettings;
import io.claimflow.tools.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Narrative quality on the shared material: the five samples (one narrative in English, Swedish and an Albanian repost)
 * among the 84 PolNeAR dev articles (2016 election news), every claim matched in time order.
 */
public final class NarrativeEvaluation {

    private final ClaimflowEngine extractor;
    private final MatchSettings settings;

    public NarrativeEvaluation(ClaimflowEngine extractor, MatchSettings settings) {
        this.extractor = extractor;
        this.settings = settings;
    }

    /** A document with its source and the time it is fed at. */
    record Doc(String id, String source, boolean sample, Instant seenAt, String text) {}

    /** A link made, for labelling. */
    public record Link(String from, String to, double score, String fromText, String toText) {}

    /** The figures of a run. */
    public record Result(
            int sampleClaims,
            int sampleClaimsInMain,
            int mainClaims,
            int polnearInMain,
            List<String> mainLanguages,
            int multiSourceNarratives,
            int narratives,
            List<Link> links,
            List<Link> suggestions,
            Map<String, Boolean> isSample) {

        public double share() {
            return sampleClaims == 0 ? 0 : (double) sampleClaimsInMain / sampleClaims;
        }

        public double purity() {
            return mainClaims == 0 ? 0 : 1 - (double) polnearInMain / mainClaims;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "sample claims in the main narrative %d of %d (%.3f), its languages %s; purity %.3f (%d PolNeAR of"
                            + " %d claims); %d narratives, %d spanning several sources; %d links",
                    sampleClaimsInMain,
                    sampleClaims,
                    share(),
                    mainLanguages,
                    purity(),
                    polnearInMain,
                    mainClaims,
                    narratives,
                    multiSourceNarratives,
                    links.size());
        }
    }

    public Result evaluate(Path shared) throws IOException {
        List<Doc> docs = documents(shared);
        Map<String, String> sourceOfClaim = new HashMap<>();
        Map<String, Boolean> sampleClaim = new HashMap<>();
        Map<String, String> textOf = new HashMap<>();
        Map<String, String> languageOf = new HashMap<>();
        Map<String, String> narrativeOf = new HashMap<>();
        List<Link> links = new ArrayList<>();
        List<Link> suggestions = new ArrayList<>();
        try (MatchEngine engine = new MatchEngine(new ByteBuffersDirectory(), settings)) {
            for (Doc doc : docs) {
                for (ClaimExtracted claim : extractor
                        .extract(new SourceDocument(doc.id(), doc.text(), null))
                        .claims()) {
                    MatchResult result = engine.match(new ClaimContext(claim, doc.source(), null, doc.seenAt()));
                    sourceOfClaim.put(claim.claimId(), doc.source());
                    sampleClaim.put(claim.claimId(), doc.sample());
                    textOf.put(claim.claimId(), claim.text());
                    languageOf.put(claim.claimId(), claim.language());
                    for (Match link : result.links()) {
                        links.add(new Link(
                                claim.claimId(),
                                link.claimId(),
                                link.score(),
                                claim.text(),
                                textOf.get(link.claimId())));
                    }
                    for (Match suggestion : result.suggestions()) {
                        suggestions.add(new Link(
                                claim.claimId(),
                                suggestion.claimId(),
                                suggestion.score(),
                                claim.text(),
                                textOf.get(suggestion.claimId())));
                    }
                }
            }
            for (String claimId : textOf.keySet()) {
                narrativeOf.put(claimId, engine.narrativeOf(claimId));
            }
        }
        Map<String, List<String>> members = new HashMap<>();
        narrativeOf.forEach((claim, narrative) ->
                members.computeIfAbsent(narrative, n -> new ArrayList<>()).add(claim));
        String main = members.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<String, List<String>> e) ->
                                e.getValue().stream().filter(sampleClaim::get).count())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .orElse(null);
        List<String> mainClaims = main == null ? List.of() : members.get(main);
        int samples = (int) sampleClaim.values().stream().filter(b -> b).count();
        int inMain = (int) mainClaims.stream().filter(sampleClaim::get).count();
        int multiSource = (int) members.values().stream()
                .filter(claims ->
                        claims.stream().map(sourceOfClaim::get).distinct().count() > 1)
                .count();
        return new Result(
                samples,
                inMain,
                mainClaims.size(),
                mainClaims.size() - inMain,
                mainClaims.stream().map(languageOf::get).distinct().sorted().toList(),
                multiSource,
                members.size(),
                links,
                suggestions,
                sampleClaim);
    }

    /**
     * PolNeAR articles at the date their file name carries; the five samples one day apart from the middle of that
     * span, so the narrative's spread falls inside the 30-day window as a newsroom would see it (their own dates span
     * 2016 to 2018).
     */
    static List<Doc> documents(Path shared) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("datasets/polnear/dev/text"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                String[] parts = name.split("_");
                Instant at =
                        LocalDate.parse(parts[1]).atStartOfDay(ZoneOffset.UTC).toInstant();
                docs.add(new Doc(name, parts[0], false, at, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        Instant first =
                docs.stream().map(Doc::seenAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant last =
                docs.stream().map(Doc::seenAt).max(Comparator.naturalOrder()).orElseThrow();
        Instant middle = first.plusMillis((last.toEpochMilli() - first.toEpochMilli()) / 2);
        try (Stream<Path> files = Files.list(shared.resolve("samples"))) {
            int i = 0;
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                docs.add(new Doc(
                        name,
                        "sample-" + name,
                        true,
                        middle.plusSeconds(86_400L * i++ + 3600),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        docs.sort(Comparator.comparing(Doc::seenAt).thenComparing(Doc::id));
        return docs;
    }

    private static final String FIXTURE = "src/test/resources/io/claimflow/tools/narrative/narrative-links.tsv";

    /** The link precision on the labelled links a run made. */
    public record Precision(int labelled, int correct) {

        public double value() {
            return labelled == 0 ? 0 : (double) correct / labelled;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT, "link precision %.3f (%d of the %d labelled links made)", value(), correct, labelled);
        }
    }

    public static Precision precision(Result result, Map<Set<String>, Boolean> labels) {
        int labelled = 0;
        int correct = 0;
        for (Link link : result.links()) {
            Boolean label = labels.get(new HashSet<>(List.of(link.from(), link.to())));
            if (label != null) {
                labelled++;
                correct += label ? 1 : 0;
            }
        }
        return new Precision(labelled, correct);
    }

    /** Reads the hand-labelled links: claim A, claim B, yes/no, then the texts. */
    public static Map<Set<String>, Boolean> labels(List<String> lines) {
        Map<Set<String>, Boolean> labels = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            labels.put(new HashSet<>(List.of(f[0], f[1])), "yes".equals(f[2]));
        }
        return labels;
    }

    /**
     * Prints the figures and writes every link, for labelling, to {@code target/narrative-links.tsv} (and the
     * suggestions to {@code target/narrative-suggestions.tsv}); optional arguments: link and suggest thresholds.
     */
    public static void main(String[] args) throws IOException {
        MatchSettings settings = MatchSettings.defaults();
        if (args.length >= 2) {
            settings = settings.withThresholds(Double.parseDouble(args[0]), Double.parseDouble(args[1]));
        }
        NarrativeEvaluation evaluation = new NarrativeEvaluation(ClaimflowEngine.withDefaults(), settings);
        Result result = evaluation.evaluate(SharedData.require());
        System.out.println(result);
        for (Path fixture : List.of(Path.of(FIXTURE), Path.of("extract-tools").resolve(FIXTURE))) {
            if (Files.isRegularFile(fixture)) {
                System.out.println(precision(result, labels(Files.readAllLines(fixture, StandardCharsets.UTF_8))));
                break;
            }
        }
        write(result.links(), result.isSample(), "target/narrative-links.tsv");
        write(result.suggestions(), result.isSample(), "target/narrative-suggestions.tsv");
    }

    private static void write(List<Link> links, Map<String, Boolean> samples, String file) {
        List<String> lines = new ArrayList<>();
        for (Link link : links) {
            lines.add(String.format(
                    Locale.ROOT,
                    "%s\t%s\t?\t%.3f\t%s%s\t%s",
                    link.from(),
                    link.to(),
                    link.score(),
                    samples.get(link.from()) && samples.get(link.to()) ? "SAMPLE-PAIR " : "",
                    link.fromText().replaceAll("\\s+", " "),
                    link.toText().replaceAll("\\s+", " ")));
        }
        try {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of(file), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
