package io.claimflow.engine.score;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.engine.pack.LanguagePack;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import io.claimflow.engine.text.Token;
import io.claimflow.engine.text.Tokenizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a sentence into check-worthiness features: signals that carry across languages (numbers, dates, names,
 * reporting cues, quotes, opinion words from the language packs) and hashed word n-grams for the languages a model was
 * trained on.
 */
public final class CheckworthinessFeatures {

    /** Number of language-independent features; hashed n-grams follow them. */
    public static final int DENSE = 24;

    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");
    private static final Pattern QUOTE = Pattern.compile("[“”«»„\"]");
    private static final Pattern URL = Pattern.compile("https?://|www\\.");
    private static final Pattern SOCIAL = Pattern.compile("(?:^|\\s)[#@]\\w");
    private static final String FINAL = ".!?…\"”»’";

    private final int hashBits;
    private final Map<String, Lexicons> lexicons = new HashMap<>();
    private final Set<String> knownNames = new HashSet<>();
    private final Lexicons none;

    public CheckworthinessFeatures(LanguageResources languages, int hashBits) {
        this.hashBits = hashBits;
        for (String alias : languages.union(LexiconName.ENTITIES)) {
            String[] fields = alias.split("\\|");
            for (int i = 0; i < fields.length; i++) {
                if (i != 1) {
                    knownNames.add(fields[i]);
                }
            }
        }
        for (String code : languages.codes()) {
            lexicons.put(code, new Lexicons(languages.pack(code)));
        }
        this.none = new Lexicons(languages.pack(LanguageCodes.UNDETERMINED));
    }

    public int hashBits() {
        return hashBits;
    }

    public Features extract(String sentence, String language) {
        Lexicons lexicon = lexicons.getOrDefault(language, none);
        List<Token> tokens = Tokenizer.tokens(sentence);
        float[] dense = new float[DENSE];
        int numbers = 0;
        int capitals = 0;
        int names = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String lower = token.text().toLowerCase(Locale.ROOT);
            numbers += token.numeric() || lexicon.numberWords.contains(lower) ? 1 : 0;
            if (i > 0 && token.capitalized()) {
                capitals++;
            }
            names += knownNames.contains(token.text()) ? 1 : 0;
            set(dense, 5, lexicon.months.contains(lower));
            set(dense, 7, lexicon.units.contains(lower) || "%".equals(lower));
            set(dense, 10, lexicon.cues.contains(lower));
            set(dense, 14, lexicon.firstPerson.contains(lower));
            set(dense, 15, lexicon.opinion.contains(lower));
        }
        int words = tokens.size();
        dense[0] = 1;
        set(dense, 1, numbers > 0);
        dense[2] = (float) Math.log1p(numbers);
        set(dense, 3, sentence.indexOf('%') >= 0);
        set(dense, 4, YEAR.matcher(sentence).find());
        dense[6] = (float) Math.log1p(capitals);
        dense[8] = words == 0 ? 0 : (float) capitals / words;
        dense[9] = (float) Math.log1p(names);
        set(dense, 11, QUOTE.matcher(sentence).find());
        String trimmed = sentence.strip();
        set(dense, 12, trimmed.endsWith("?"));
        set(dense, 13, trimmed.endsWith("!"));
        set(dense, 16, words < 5);
        set(dense, 17, words >= 5 && words < 10);
        set(dense, 18, words >= 10 && words < 20);
        set(dense, 19, words >= 20 && words < 40);
        set(dense, 20, words >= 40);
        set(dense, 21, URL.matcher(sentence).find());
        set(dense, 22, SOCIAL.matcher(sentence).find());
        set(dense, 23, !trimmed.isEmpty() && FINAL.indexOf(trimmed.charAt(trimmed.length() - 1)) < 0);
        return combine(dense, ngrams(tokens, language));
    }

    private int[] ngrams(List<Token> tokens, String language) {
        int[] hashed = new int[tokens.size() * 2 + 1];
        String previous = "<s>";
        for (int i = 0; i < tokens.size(); i++) {
            String word = shape(tokens.get(i).text());
            hashed[2 * i] = bucket(language + '\u0001' + word);
            hashed[2 * i + 1] = bucket(language + '\u0002' + previous + ' ' + word);
            previous = word;
        }
        hashed[hashed.length - 1] = bucket(language + '\u0002' + previous + " </s>");
        return hashed;
    }

    private Features combine(float[] dense, int[] hashed) {
        int[] indices = new int[DENSE + hashed.length];
        float[] values = new float[DENSE + hashed.length];
        int size = 0;
        for (int i = 0; i < DENSE; i++) {
            if (dense[i] != 0) {
                indices[size] = i;
                values[size++] = dense[i];
            }
        }
        float weight = hashed.length == 0 ? 0 : (float) (1 / Math.sqrt(hashed.length));
        Arrays.sort(hashed);
        for (int i = 0; i < hashed.length; i++) {
            if (i > 0 && hashed[i] == hashed[i - 1]) {
                values[size - 1] += weight;
            } else {
                indices[size] = DENSE + hashed[i];
                values[size++] = weight;
            }
        }
        return new Features(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
    }

    private static String shape(String token) {
        return Character.isDigit(token.codePointAt(0)) ? "<num>" : token.toLowerCase(Locale.ROOT);
    }

    private int bucket(String key) {
        int h = key.hashCode();
        // Murmur3's finaliser spreads String.hashCode's clustered low bits over the table.
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & ((1 << hashBits) - 1);
    }

    private static void set(float[] dense, int index, boolean on) {
        if (on) {
            dense[index] = 1;
        }
    }

    /** The lexicon words of one language that the features look for, lower case. */
    private record Lexicons(
            Set<String> numberWords,
            Set<String> months,
            Set<String> units,
            Set<String> cues,
            Set<String> firstPerson,
            Set<String> opinion) {

        Lexicons(LanguagePack pack) {
            this(
                    pack.pairs(LexiconName.NUMBER_WORDS).keySet(),
                    pack.months().keySet(),
                    pack.pairs(LexiconName.UNITS).keySet(),
                    pack.words(LexiconName.REPORTING_VERBS, LexiconName.SOURCE_CUES),
                    pack.words(LexiconName.FIRST_PERSON),
                    pack.words(LexiconName.OPINION));
        }
    }
}
