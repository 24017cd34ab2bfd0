package io.claimflow.engine.detail;

import io.claimflow.contracts.event.EntityType;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import io.claimflow.engine.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The entity aliases of every language pack ("U.S.", "USA", "Förenta staterna" are all "United States"), looked up by
 * the longest run of tokens that names an entity.
 */
public final class Gazetteer {

    private final Map<String, Known> aliases = new HashMap<>();
    // Aliases by their first word, as word lists: a token that starts no alias costs one lookup.
    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

    public Gazetteer(LanguageResources languages) {
        for (String line : languages.union(LexiconName.ENTITIES)) {
            String[] fields = line.split("\\|");
            Known known = new Known(
                    fields[0].strip(), EntityType.valueOf(fields[1].strip().toUpperCase(Locale.ROOT)));
            add(fields[0].strip(), known);
            for (int i = 2; i < fields.length; i++) {
                add(fields[i].strip(), known);
            }
        }
        byFirstWord.values().forEach(words -> words.sort(Comparator.comparingInt(alias -> -alias.size())));
    }

    private void add(String alias, Known known) {
        if (aliases.putIfAbsent(alias, known) == null) {
            List<String> words = List.of(alias.split("\\s+"));
            byFirstWord
                    .computeIfAbsent(words.get(0), first -> new ArrayList<>())
                    .add(words);
        }
    }

    /** The entity named by the longest alias starting at token {@code from}, if any. */
    public Optional<Match> match(String sentence, List<Token> tokens, int from) {
        String first = tokens.get(from).text();
        List<List<String>> candidates = byFirstWord.get(first);
        if (candidates == null) {
            candidates = byFirstWord.get(withoutPossessive(first));
        }
        if (candidates == null) {
            return Optional.empty();
        }
        for (List<String> alias : candidates) {
            if (from + alias.size() <= tokens.size() && sameWords(tokens, from, alias)) {
                return Optional.of(new Match(aliases.get(String.join(" ", alias)), alias.size()));
            }
        }
        return Optional.empty();
    }

    private static boolean sameWords(List<Token> tokens, int from, List<String> alias) {
        for (int i = 0; i < alias.size(); i++) {
            String word = tokens.get(from + i).text();
            boolean last = i == alias.size() - 1;
            if (!word.equals(alias.get(i)) && !(last && withoutPossessive(word).equals(alias.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** "Trump’s" names Trump: the possessive ending is not part of the name. */
    public static String withoutPossessive(String word) {
        return word.endsWith("’s") || word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    /** The entity a whole phrase names, if it is an alias. */
    public Optional<Known> lookup(String phrase) {
        return Optional.ofNullable(aliases.get(phrase.strip().replaceAll("\\s+", " ")));
    }

    /**
     * A known entity.
     *
     * @param normalized the one form all its aliases share
     * @param type its kind
     */
    public record Known(String normalized, EntityType type) {}

    /**
     * A known entity found in a sentence.
     *
     * @param entity the entity
     * @param tokens how many tokens its alias spans
     */
    public record Match(Known entity, int tokens) {}
}
