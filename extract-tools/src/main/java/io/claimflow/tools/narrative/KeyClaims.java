package io.claimflow.tools.narrative;

import io.claimflow.tools.narrative.NarrativeEvaluation.ClaimRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The samples' key claims, named by hand-labelled text fragments (claim ids change with extractor versions), and how
 * many of them a run put into one narrative: the narrative holding most of them is the main one.
 */
public final class KeyClaims {

    private final List<String> fragments;

    private KeyClaims(List<String> fragments) {
        this.fragments = List.copyOf(fragments);
    }

    /** Reads the fixture: one fragment a line, a tab and a note after it, {@code #} comments. */
    public static KeyClaims parse(List<String> lines) {
        List<String> fragments = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            fragments.add(normal(line.split("\t")[0]));
        }
        return new KeyClaims(fragments);
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The figures of a run.
     *
     * @param fragments the fixture's fragments
     * @param unmatched fragments no sample claim holds (the extractor changed: re-label)
     * @param keyClaims sample claims holding a fragment
     * @param keyInMain of those, in the main narrative
     * @param sampleClaims every sample claim
     * @param sampleInMain of those, in the main narrative
     * @param mainClaims every claim of the main narrative
     * @param otherInMain claims of the main narrative from the distractors (PolNeAR)
     * @param languages the languages of the main narrative's claims
     * @param documents the documents of the main narrative's claims
     */
    public record Report(
            int fragments,
            List<String> unmatched,
            int keyClaims,
            int keyInMain,
            int sampleClaims,
            int sampleInMain,
            int mainClaims,
            int otherInMain,
            List<String> languages,
            List<String> documents) {

        public double keyShare() {
            return keyClaims == 0 ? 0 : (double) keyInMain / keyClaims;
        }

        public double sampleShare() {
            return sampleClaims == 0 ? 0 : (double) sampleInMain / sampleClaims;
        }

        public double purity() {
            return mainClaims == 0 ? 0 : 1 - (double) otherInMain / mainClaims;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "key claims in the main narrative %d of %d (%.3f; %d fragments, %d unmatched); all sample claims in"
                            + " it %d of %d (%.3f); purity %.3f (%d PolNeAR of %d claims); languages %s; documents %s",
                    keyInMain,
                    keyClaims,
                    keyShare(),
                    fragments,
                    unmatched.size(),
                    sampleInMain,
                    sampleClaims,
                    sampleShare(),
                    purity(),
                    otherInMain,
                    mainClaims,
                    languages,
                    documents);
        }
    }

    /** The report of a run's claims (a claim repeated in several samples counts once, under its first document). */
    public Report report(List<ClaimRow> claims) {
        Map<String, ClaimRow> unique = new HashMap<>();
        List<ClaimRow> samples = new ArrayList<>();
        for (ClaimRow row : claims) {
            if (unique.putIfAbsent(row.id(), row) == null && row.sample()) {
                samples.add(row);
            }
        }
        List<ClaimRow> keys = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (String fragment : fragments) {
            List<ClaimRow> holding = samples.stream()
                    .filter(row -> normal(row.text()).contains(fragment))
                    .toList();
            if (holding.isEmpty()) {
                unmatched.add(fragment);
            }
            holding.stream().filter(row -> !keys.contains(row)).forEach(keys::add);
        }
        Map<String, Integer> keysPerNarrative = new HashMap<>();
        keys.forEach(row -> keysPerNarrative.merge(row.narrative(), 1, Integer::sum));
        String main = keysPerNarrative.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
        List<ClaimRow> members = unique.values().stream()
                .filter(row -> row.narrative() != null && row.narrative().equals(main))
                .sorted(Comparator.comparing(ClaimRow::id))
                .toList();
        // A repeated claim is indexed once, but it is in every document that holds it: count its documents too.
        TreeSet<String> documents = new TreeSet<>();
        TreeSet<String> languages = new TreeSet<>();
        for (ClaimRow row : claims) {
            if (main != null && main.equals(row.narrative())) {
                documents.add(row.document());
                languages.add(row.language());
            }
        }
        return new Report(
                fragments.size(),
                unmatched,
                keys.size(),
                keysPerNarrative.getOrDefault(main, 0),
                samples.size(),
                (int) members.stream().filter(ClaimRow::sample).count(),
                members.size(),
                (int) members.stream().filter(row -> !row.sample()).count(),
                List.copyOf(languages),
                List.copyOf(documents));
    }
}
