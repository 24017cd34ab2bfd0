package io.claimflow.engine.detail;

import io.claimflow.contracts.event.EntityType;
import io.claimflow.engine.lang.LanguageResources;
import io.claimflow.engine.lang.LexiconName;
import io.claimflow.engine.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The entity aliases of every language pack ("U.S.", "USA", "Förenta staterna" are all "United States"), looked
 * up by the longest run of tokens that names an entity.
 */
public final class Gazetteer {

    private final Map<String, Known> aliases = new HashMap<>();
    private final int longest;

    public Gazetteer(LanguageResources languages) {
        int longestAlias = 1;
        for (String line : languages.union(LexiconName.ENTITIES)) {
            String[] fields = line.split("\\|");
            Known known = new Known(fields[0].strip(), EntityType.valueOf(fields[1].strip().toUpperCase(Locale.ROOT)));
            aliases.putIfAbsent(fields[0].strip(), known);
            for (int i = 2; i < fields.length; i++) {
                String alias = fields[i].strip();
                aliases.putIfAbsent(alias, known);
                longestAlias = Math.max(longestAlias, alias.split("\\s+").length);
            }
        }
        this.longest = longestAlias;
    }

    /** The entity named by the longest alias starting at token {@code from}, if any. */
    public Optional<Match> match(String sentence, List<Token> tokens, int from) {
        for (int length = Math.min(longest, tokens.size() - from); length >= 1; length--) {
            Token last = tokens.get(from + length - 1);
            String key = sentence.substring(tokens.get(from).start(), last.end()).replaceAll("\\s+", " ");
            Known known = aliases.get(key);
            if (known != null) {
                return Optional.of(new Match(known, length));
            }
        }
        return Optional.empty();
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
