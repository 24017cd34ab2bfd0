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
        return extract(sentence, Tokenizer.tokens(sentence), language);
    }

    /** The features of a sentence whose tokens are known. */
    public Features extract(String sentence, List<Token> tokens, String language) {
        Lexicons lexicon = lexicons.getOrDefault(language, none);
        float[] dense = new float[DENSE];
        int numbers = 0;
        int capitals = 0;
        int names = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String lower = token.lower();
            int kinds = lexicon.kinds.getOrDefault(lower, 0);
            numbers += token.numeric() || has(kinds, Lexicons.NUMBER_WORD) ? 1 : 0;
            if (i > 0 && token.capitalized()) {
                capitals++;
            }
            names += knownNames.contains(token.text()) ? 1 : 0;
            set(dense, 5, has(kinds, Lexicons.MONTH));
            set(dense, 7, has(kinds, Lexicons.UNIT) || "%".equals(lower));
            set(dense, 10, has(kinds, Lexicons.CUE));
            set(dense, 14, has(kinds, Lexicons.FIRST_PERSON));
            set(dense, 15, has(kinds, Lexicons.OPINION));
        }
        int words = tokens.size();
        dense[0] = 1;
        set(dense, 1, numbers > 0);
        dense[2] = (float) Math.log1p(numbers);
        set(dense, 3, sentence.indexOf('%') >= 0);
        set(dense, 4, hasYearDigits(sentence) && YEAR.matcher(sentence).find());
        dense[6] = (float) Math.log1p(capitals);
        dense[8] = words == 0 ? 0 : (float) capitals / words;
        dense[9] = (float) Math.log1p(names);
        set(dense, 11, hasQuote(sentence));
        String trimmed = sentence.strip();
        set(dense, 12, trimmed.endsWith("?"));
        set(dense, 13, trimmed.endsWith("!"));
        set(dense, 16, words < 5);
        set(dense, 17, words >= 5 && words < 10);
        set(dense, 18, words >= 10 && words < 20);
        set(dense, 19, words >= 20 && words < 40);
        set(dense, 20, words >= 40);
        set(dense, 21, sentence.contains("http://") || sentence.contains("https://") || sentence.contains("www."));
        set(
                dense,
                22,
                (sentence.indexOf('#') >= 0 || sentence.indexOf('@') >= 0)
                        && SOCIAL.matcher(sentence).find());
        set(dense, 23, !trimmed.isEmpty() && FINAL.indexOf(trimmed.charAt(trimmed.length() - 1)) < 0);
        return combine(dense, ngrams(tokens, language));
    }

    /**
     * Each word hashed as {@code language + '\u0001' + word} and each bigram as {@code language + '\u0002' + previous +
     * ' ' + word}, with {@link String#hashCode}'s arithmetic run over the parts instead of over concatenated strings.
     */
    private int[] ngrams(List<Token> tokens, String language) {
        int[] hashed = new int[tokens.size() * 2 + 1];
        int unigram = hash(language.hashCode(), '\u0001');
        int bigram = hash(language.hashCode(), '\u0002');
        String previous = "<s>";
        for (int i = 0; i < tokens.size(); i++) {
            String word = shape(tokens.get(i));
            hashed[2 * i] = bucket(hash(unigram, word));
            hashed[2 * i + 1] = bucket(hash(hash(hash(bigram, previous), ' '), word));
            previous = word;
        }
        hashed[hashed.length - 1] = bucket(hash(hash(bigram, previous), " </s>"));
        return hashed;
    }

    private static int hash(int hash, char next) {
        return 31 * hash + next;
    }

    private static int hash(int hash, String next) {
        int h = hash;
        for (int i = 0; i < next.length(); i++) {
            h = 31 * h + next.charAt(i);
        }
        return h;
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

    private static String shape(Token token) {
        return Character.isDigit(token.text().codePointAt(0)) ? "<num>" : token.lower();
    }

    private int bucket(int hash) {
        int h = hash;
        // Murmur3's finaliser spreads String.hashCode's clustered low bits over the table.
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & ((1 << hashBits) - 1);
    }

    // The patterns' cheap necessary conditions, checked first: most sentences have no year, quote, link or tag.
    private static boolean hasYearDigits(String sentence) {
        for (int i = 0; i + 3 < sentence.length(); i++) {
            char c = sentence.charAt(i);
            char d = sentence.charAt(i + 1);
            if ((c == '1' && (d == '8' || d == '9') || c == '2' && d == '0')
                    && isDigit(sentence.charAt(i + 2))
                    && isDigit(sentence.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasQuote(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            switch (sentence.charAt(i)) {
                case '“', '”', '«', '»', '„', '"' -> {
                    return true;
                }
                default -> {}
            }
        }
        return false;
    }

    private static boolean has(int kinds, int kind) {
        return (kinds & kind) != 0;
    }

    private static void set(float[] dense, int index, boolean on) {
        if (on) {
            dense[index] = 1;
        }
    }

    /**
     * The lexicon words of one language that the features look for, lower case, each with the bits of the lists it is
     * in: one lookup per token instead of one per list.
     */
    private record Lexicons(Map<String, Integer> kinds) {

        static final int NUMBER_WORD = 1;
        static final int MONTH = 2;
        static final int UNIT = 4;
        static final int CUE = 8;
        static final int FIRST_PERSON = 16;
        static final int OPINION = 32;

        Lexicons(LanguagePack pack) {
            this(new HashMap<>());
            add(pack.pairs(LexiconName.NUMBER_WORDS).keySet(), NUMBER_WORD);
            add(pack.months().keySet(), MONTH);
            add(pack.pairs(LexiconName.UNITS).keySet(), UNIT);
            add(pack.words(LexiconName.REPORTING_VERBS, LexiconName.SOURCE_CUES), CUE);
            add(pack.words(LexiconName.FIRST_PERSON), FIRST_PERSON);
            add(pack.words(LexiconName.OPINION), OPINION);
        }

        private void add(Set<String> words, int kind) {
            words.forEach(word -> kinds.merge(word, kind, (a, b) -> a | b));
        }
    }
}
