package io.claimflow.match.analysis;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each language's content words mapped to a pivot form, from the packs' {@code glossary.txt}: {@code word=pivot} for
 * one word, {@code stem*=pivot} for every word starting with the stem (the longest stem wins). Words and stems are
 * compared ICU-folded, the way {@link LanguageAnalyzers#foldedWords} gives them.
 */
public final class Glossary {

    // A stem shorter than this would swallow unrelated words; the loader refuses it.
    private static final int MIN_STEM = 3;

    private final Map<String, Map<String, String>> words = new HashMap<>();
    private final Map<String, Map<String, String>> stems = new HashMap<>();

    public Glossary(LanguageResources packs, LanguageAnalyzers analyzers) {
        for (String language : packs.codes()) {
            Map<String, String> exact = new HashMap<>();
            Map<String, String> prefixes = new HashMap<>();
            for (String entry : packs.pack(language).list(LexiconName.GLOSSARY)) {
                int separator = entry.lastIndexOf('=');
                if (separator <= 0 || separator == entry.length() - 1) {
                    throw new IllegalArgumentException("glossary of " + language + ": not word=pivot: " + entry);
                }
                String word = entry.substring(0, separator).strip();
                String pivot = entry.substring(separator + 1).strip();
                boolean stem = word.endsWith("*");
                List<String> folded = analyzers.foldedWords(stem ? word.substring(0, word.length() - 1) : word);
                if (folded.size() != 1) {
                    throw new IllegalArgumentException("glossary of " + language + ": not one word: " + entry);
                }
                String key = folded.get(0);
                if (stem && key.length() < MIN_STEM) {
                    throw new IllegalArgumentException("glossary of " + language + ": stem too short: " + entry);
                }
                (stem ? prefixes : exact).putIfAbsent(key, pivot);
            }
            words.put(language, Map.copyOf(exact));
            stems.put(language, Map.copyOf(prefixes));
        }
    }

    /** The pivot of a folded word of a language, or null when the glossary does not know it. */
    public String pivot(String language, String foldedWord) {
        Map<String, String> exact = words.get(language);
        if (exact == null) {
            return null;
        }
        String pivot = exact.get(foldedWord);
        if (pivot != null) {
            return pivot;
        }
        Map<String, String> prefixes = stems.get(language);
        for (int length = foldedWord.length(); length >= MIN_STEM; length--) {
            pivot = prefixes.get(foldedWord.substring(0, length));
            if (pivot != null) {
                return pivot;
            }
        }
        return null;
    }

    /** How many entries a language's glossary has. */
    public int size(String language) {
        return words.getOrDefault(language, Map.of()).size()
                + stems.getOrDefault(language, Map.of()).size();
    }
}
