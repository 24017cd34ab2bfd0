package io.claimflow.engine.detail;

import io.claimflow.contracts.event.ClaimExtracted.Entity;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.engine.pack.LanguagePack;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import io.claimflow.engine.text.Token;
import io.claimflow.engine.text.Tokenizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds named entities: aliases of the language packs' gazetteer with their normalised form, and other runs of
 * capitalised words ("Conflict Armament Research"), typed by a title before them or an organisation word ending them.
 * In a language that capitalises every noun ({@code capitalised-nouns.txt}) a capitalised run is a name only where its
 * pack says so: after one of its titles ("Bundeskanzler Olaf Scholz") or ending in one of its organisation words.
 */
public final class EntityFinder {

    private static final int MAX_UNKNOWN_TOKENS = 6;

    private final Gazetteer gazetteer;
    private final Set<String> nonEntities;
    private final Set<String> titles;
    private final Set<String> organizationWords;
    private final Set<String> connectors;
    private final Set<String> media;
    /** Languages in which a capitalised run says nothing on its own: they capitalise every noun. */
    private final Set<String> nounsCapitalised;

    public EntityFinder(Gazetteer gazetteer, LanguageResources languages) {
        this.gazetteer = gazetteer;
        this.nounsCapitalised = Set.copyOf(LanguagePack.readShared("capitalised-nouns.txt"));
        this.nonEntities = Set.copyOf(languages.union(LexiconName.NON_ENTITIES));
        this.titles = languages.union(LexiconName.TITLES).stream()
                .map(title -> title.endsWith(".") ? title.substring(0, title.length() - 1) : title)
                .collect(Collectors.toUnmodifiableSet());
        this.organizationWords = Set.copyOf(languages.union(LexiconName.ORGANIZATION_WORDS));
        this.connectors = Set.copyOf(languages.union(LexiconName.NAME_CONNECTORS));
        this.media = languages.union(LexiconName.MEDIA).stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<Entity> find(String sentence, String language) {
        return find(sentence, Tokenizer.tokens(sentence), language);
    }

    /** The entities of a sentence whose tokens are known. */
    public List<Entity> find(String sentence, List<Token> tokens, String language) {
        boolean onlyMarkedRuns = nounsCapitalised.contains(language);
        Map<String, Entity> entities = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Gazetteer.Match> known = gazetteer.match(sentence, tokens, i);
            if (known.isPresent()) {
                int end = i + known.get().tokens();
                String text = Gazetteer.withoutPossessive(sentence.substring(
                        tokens.get(i).start(), tokens.get(end - 1).end()));
                entities.putIfAbsent(
                        text,
                        new Entity(
                                text,
                                known.get().entity().type(),
                                known.get().entity().normalized()));
                i = end;
            } else if (nameLike(tokens.get(i))
                    && Character.isUpperCase(tokens.get(i).text().codePointAt(0))) {
                i = unknown(sentence, tokens, i, entities, onlyMarkedRuns);
            } else {
                i++;
            }
        }
        return List.copyOf(entities.values());
    }

    /**
     * Reads a run of capitalised words from {@code start}; returns the index after it. With {@code onlyMarked}, the run
     * is a name only after a title or ending in an organisation word.
     */
    private int unknown(
            String sentence, List<Token> tokens, int start, Map<String, Entity> entities, boolean onlyMarked) {
        int end = start + 1;
        while (end < tokens.size()
                && end - start < MAX_UNKNOWN_TOKENS
                && gazetteer.match(sentence, tokens, end).isEmpty()) {
            if (!spaceBetween(sentence, tokens.get(end - 1), tokens.get(end))) {
                break;
            }
            if (nameLike(tokens.get(end))) {
                end++;
            } else if (end + 1 < tokens.size()
                    && connectors.contains(tokens.get(end).text())
                    && nameLike(tokens.get(end + 1))) {
                end += 2;
            } else {
                break;
            }
        }
        boolean titled = start > 0 && titles.contains(tokens.get(start - 1).text());
        boolean alone = start == 0 && end == 1 && !titled;
        boolean marked =
                titled || organizationWords.contains(tokens.get(end - 1).text());
        if (!alone && (!onlyMarked || marked)) {
            String text = Gazetteer.withoutPossessive(sentence.substring(
                    tokens.get(start).start(), tokens.get(end - 1).end()));
            entities.putIfAbsent(text, new Entity(text, type(tokens.subList(start, end), text, titled), text));
        }
        return end;
    }

    /** Whether only white space separates two tokens: a name does not run across punctuation. */
    private static boolean spaceBetween(String sentence, Token left, Token right) {
        return sentence.substring(left.end(), right.start()).isBlank();
    }

    private EntityType type(List<Token> run, String text, boolean titled) {
        if (titled) {
            return EntityType.PERSON;
        }
        if (organizationWords.contains(run.get(run.size() - 1).text())
                || media.contains(text.toLowerCase(Locale.ROOT))) {
            return EntityType.ORGANIZATION;
        }
        boolean plainName = run.size() >= 2
                && run.size() <= 3
                && run.stream()
                        .allMatch(token -> Character.isUpperCase(token.text().codePointAt(0))
                                || token.text().contains("-"));
        return plainName ? EntityType.PERSON : EntityType.OTHER;
    }

    private boolean nameLike(Token token) {
        String text = token.text();
        // "Kurdish-led", "anti-Russian": a compound that ends in a common word, or starts with one, is no name.
        int hyphen = text.lastIndexOf('-');
        boolean commonEnd = hyphen >= 0
                && hyphen + 1 < text.length()
                && Character.isLowerCase(text.charAt(hyphen + 1))
                && Character.isUpperCase(text.charAt(0));
        return !token.numeric()
                && !text.equals(text.toLowerCase(Locale.ROOT))
                && !nonEntities.contains(text)
                && !titles.contains(text)
                && text.length() > 1
                && !commonEnd
                && !nonEntities.contains(Gazetteer.withoutPossessive(text));
    }
}
