package io.claimflow.engine.detect;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.engine.detect.LanguageIdentifier.Candidate;
import io.claimflow.engine.sentence.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The language stage: the language of every sentence and of the document. A sentence whose function words leave no
 * doubt is in that language; the others go to the statistical detector. Sentences too short to tell take the document's
 * language, and a sentence that could as well be in the document's language is.
 */
public final class SentenceLanguages {

    private static final int MIN_LETTERS = 20;
    private static final double DOCUMENT_PREFERENCE = 0.5;

    private final LanguageIdentifier identifier;
    private final FunctionWords functionWords;

    public SentenceLanguages(LanguageIdentifier identifier, FunctionWords functionWords) {
        this.identifier = identifier;
        this.functionWords = functionWords;
    }

    /**
     * The languages of a document's sentences.
     *
     * @param hint the language the submitter declared, or null
     */
    public DocumentLanguages detect(List<Sentence> sentences, String hint) {
        Candidate[][] candidates = new Candidate[sentences.size()][];
        Map<String, Integer> letters = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            int count = letters(text);
            if (count >= MIN_LETTERS) {
                candidates[i] = functionWords
                        .clearLanguage(sentences.get(i).tokens())
                        .map(language -> new Candidate[] {new Candidate(language, 1.0)})
                        .orElseGet(() -> identifier.candidates(text));
                letters.merge(candidates[i][0].language(), count, Integer::sum);
            }
        }
        String document = hint != null && !hint.isBlank()
                ? hint
                : letters.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey)
                        .orElse(LanguageCodes.UNDETERMINED);
        String[] languages = new String[sentences.size()];
        for (int i = 0; i < languages.length; i++) {
            languages[i] = candidates[i] == null ? document : choose(candidates[i], document);
        }
        return new DocumentLanguages(document, List.of(languages));
    }

    /** The language of one text on its own, "und" when it is too short to tell. */
    public String detect(String text) {
        return letters(text) >= MIN_LETTERS / 2
                ? identifier.candidates(text)[0].language()
                : LanguageCodes.UNDETERMINED;
    }

    private static String choose(Candidate[] candidates, String document) {
        for (Candidate candidate : candidates) {
            if (candidate.language().equals(document)
                    && candidate.confidence() >= DOCUMENT_PREFERENCE * candidates[0].confidence()) {
                return document;
            }
        }
        return candidates[0].language();
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** The document's language and each sentence's, in sentence order. */
    public record DocumentLanguages(String document, List<String> sentences) {}
}
