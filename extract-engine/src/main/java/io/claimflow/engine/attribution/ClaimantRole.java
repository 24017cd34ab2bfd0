package io.claimflow.engine.attribution;

import io.claimflow.engine.text.Token;
import io.claimflow.engine.text.Tokenizer;
import java.util.List;

/** The titles and roles a source phrase writes before a person's name ("Col. Gen.", "Labour MP", "le président"). */
final class ClaimantRole {

    private ClaimantRole() {}

    /**
     * The words of {@code phrase} between its determiner and {@code name}, when one of them is a title or role: "Labour
     * MP" of "Labour MP Angela Rayner", "président" of "le président Emmanuel Macron"; else null.
     */
    static String before(String sentence, List<Token> phrase, List<Token> name, ReportingLexicon lexicon) {
        int nameStart = name.isEmpty() ? -1 : phrase.indexOf(name.get(0));
        int start = 0;
        while (start < nameStart
                && lexicon.determiners.contains(phrase.get(start).lower())) {
            start++;
        }
        if (nameStart == 0) {
            return titlesBefore(sentence, phrase.get(0).start(), lexicon);
        }
        if (nameStart < start) {
            return null;
        }
        List<Token> words = phrase.subList(start, nameStart);
        if (words.isEmpty() || words.stream().noneMatch(token -> ClaimantResolver.isTitleOrRole(token, lexicon))) {
            return null;
        }
        return written(sentence, words);
    }

    /**
     * The titles written right before a source phrase that starts with the name: the cue finder may leave them out of
     * the phrase ("Col. Gen. Sergei Rudskoi of the General Staff also questioned").
     */
    private static String titlesBefore(String sentence, int phraseStart, ReportingLexicon lexicon) {
        List<Token> before = Tokenizer.tokens(sentence.substring(0, phraseStart));
        int first = before.size();
        while (first > 0 && ClaimantResolver.isTitleOrRole(before.get(first - 1), lexicon)) {
            first--;
        }
        return first == before.size() ? null : written(sentence, before.subList(first, before.size()));
    }

    private static String written(String sentence, List<Token> words) {
        int end = words.get(words.size() - 1).end();
        // Tokens never end in a full stop, but an abbreviated title is written with it ("Dr.", "Col. Gen.").
        if (end < sentence.length() && sentence.charAt(end) == '.') {
            end++;
        }
        return sentence.substring(words.get(0).start(), end);
    }
}
