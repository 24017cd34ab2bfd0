package io.claimflow.engine.detect;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import io.claimflow.engine.text.Token;
import io.claimflow.engine.text.Tokenizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a sentence's language from the function words of the language packs ("the", "that", "att", "nga") when
 * they leave no doubt, which spares the statistical detector most sentences of a document. Words that two packs share
 * tell nothing and are left out.
 */
public final class FunctionWords {

    private static final LexiconName[] LISTS = {
        LexiconName.CLAUSE_WORDS,
        LexiconName.PREPOSITIONS,
        LexiconName.DEFINITE,
        LexiconName.INDEFINITE,
        LexiconName.AUXILIARIES,
        LexiconName.RELATIVES,
        LexiconName.THIRD_PERSON,
        LexiconName.FIRST_PERSON
    };
    private static final int MIN_HITS = 3;
    private static final int MIN_LEAD = 4;

    private final Map<String, String> languageOf = new HashMap<>();

    public FunctionWords(LanguageResources languages) {
        Set<String> shared = new HashSet<>();
        for (String code : languages.codes()) {
            for (String word : languages.pack(code).words(LISTS)) {
                String known = languageOf.putIfAbsent(word, code);
                if (known != null && !known.equals(code)) {
                    shared.add(word);
                }
            }
        }
        languageOf.keySet().removeAll(shared);
    }

    /** The language whose function words a sentence clearly uses, if one does. */
    public Optional<String> clearLanguage(String sentence) {
        return clearLanguage(Tokenizer.tokens(sentence));
    }

    /** The language whose function words a tokenized sentence clearly uses, if one does. */
    public Optional<String> clearLanguage(List<Token> tokens) {
        Map<String, Integer> hits = new HashMap<>();
        for (Token token : tokens) {
            String language = languageOf.get(token.lower());
            if (language != null) {
                hits.merge(language, 1, Integer::sum);
            }
        }
        String best = null;
        int bestHits = 0;
        int others = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            others += entry.getValue();
            if (entry.getValue() > bestHits) {
                best = entry.getKey();
                bestHits = entry.getValue();
            }
        }
        others -= bestHits;
        return bestHits >= MIN_HITS && bestHits >= MIN_LEAD * others ? Optional.of(best) : Optional.empty();
    }
}
