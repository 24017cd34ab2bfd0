package io.claimflow.engine.attribution;

import io.claimflow.engine.text.Token;
import java.util.List;
import java.util.Set;

/** Tells whether a phrase can name a source: a name, a pronoun, or a word for a person, medium or state body. */
final class SourceTest {

    private static final int MAX_DESCRIPTION = 4;

    boolean valid(List<Token> phrase, ReportingLexicon lexicon) {
        if (phrase.isEmpty()) {
            return false;
        }
        if (named(phrase, lexicon)) {
            return true;
        }
        for (Token token : phrase) {
            if (head(token, lexicon)) {
                return true;
            }
        }
        String only = phrase.get(0).lower();
        return phrase.size() == 1 && (lexicon.thirdPerson.contains(only) || lexicon.firstPerson.contains(only));
    }

    /** A short definite description opening a sentence before its verb: "The bank said", "The clip says". */
    boolean description(List<Token> phrase, ReportingLexicon lexicon) {
        String first = phrase.get(0).lower();
        return phrase.size() >= 2
                && phrase.size() <= MAX_DESCRIPTION
                && lexicon.determiners.contains(first)
                && !lexicon.indefinite.contains(first);
    }

    /** Whether a word can head a source phrase: a name, or a word for a person, document, medium or state body. */
    boolean head(Token token, ReportingLexicon lexicon) {
        String lower = token.lower();
        return nameLike(token, lexicon)
                || lexicon.roles.contains(lower)
                || lexicon.anonymous.contains(lower)
                || lexicon.documents.contains(lower)
                || ReportingLexicon.mentions(lexicon.media, Set.of(lower), lower)
                || ReportingLexicon.mentions(lexicon.government, Set.of(lower), lower);
    }

    /** Whether a phrase holds a name: a capitalised word that is not a function word or a demonym. */
    boolean named(List<Token> phrase, ReportingLexicon lexicon) {
        for (Token token : phrase) {
            if (nameLike(token, lexicon)) {
                return true;
            }
        }
        return false;
    }

    static boolean nameLike(Token token, ReportingLexicon lexicon) {
        String text = token.text();
        return !text.equals(token.lower())
                && !lexicon.nonEntities.contains(text)
                && !lexicon.determiners.contains(token.lower())
                && !token.numeric();
    }
}
