package io.claimflow.engine.attribution;

import io.claimflow.engine.text.Token;
import io.claimflow.engine.text.Tokenizer;
import java.util.List;

/** The titles and roles a source phrase writes before a person's name ("Col. Gen.", "Labour MP", "le président"). */
final class ClaimantRole {

    private ClaimantRole() {}

    /**
     * The titles, roles and capitalised words of {@code phrase} right before {@code name}, when one of them is a title
     * or role: "Labour MP" of "Labour MP Angela Rayner", "président" of "le président Emmanuel Macron",
     * "utrikesminister" of "saklige utrikesminister Lavrov" (an adjective before them describes, it is no title); else
     * null.
     */
    static String before(String sentence, List<Token> phrase, List<Token> name, ReportingLexicon lexicon) {
        int nameStart = name.isEmpty() ? -1 : phrase.indexOf(name.get(0));
        if (nameStart == 0) {
            return titlesBefore(sentence, phrase.get(0).start(), lexicon);
        }
        int start = nameStart;
        boolean titled = false;
        while (start > 0 && partOfRole(phrase.get(start - 1), lexicon)) {
            start--;
            titled |= ClaimantResolver.isTitleOrRole(phrase.get(start), lexicon);
        }
        return titled ? written(sentence, phrase.subList(start, nameStart)) : null;
    }

    private static boolean partOfRole(Token token, ReportingLexicon lexicon) {
        return ClaimantResolver.isTitleOrRole(token, lexicon) || SourceTest.nameLike(token, lexicon);
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
