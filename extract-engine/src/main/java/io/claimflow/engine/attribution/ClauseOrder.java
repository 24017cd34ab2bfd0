package io.claimflow.engine.attribution;

import io.claimflow.engine.text.Token;
import java.util.List;

/** The word order around a reporting cue: where its source stands and how far the cue runs. */
final class ClauseOrder {

    private static final int MAX_ADVERBIAL = 3;

    private ClauseOrder() {}

    /** "it is claimed", "det hävdas": a cue whose subject is impersonal names no source. */
    static boolean impersonal(List<String> lower, int verb, ReportingLexicon lexicon) {
        int subject = verb - 1;
        while (subject >= 0 && lexicon.auxiliaries.contains(lower.get(subject))) {
            subject--;
        }
        return subject >= 0 && lexicon.impersonal.contains(lower.get(subject));
    }

    /** "…, the source added." and "“…,” he said, …": a source after a comma or quote, its verb closing a clause. */
    static boolean trailing(String sentence, List<Token> tokens, List<Token> source, int lastCueToken) {
        int sourceIndex = tokens.indexOf(source.get(0));
        int cueEnd = tokens.get(lastCueToken).end();
        boolean opensClause = sourceIndex > 0 && TokenGaps.blocked(sentence, tokens, sourceIndex - 1);
        return opensClause
                && sourceIndex < lastCueToken
                && cueEnd < sentence.length()
                && ",.".indexOf(sentence.charAt(cueEnd)) >= 0;
    }

    /** Whether a source before the verb is a short phrase opening with a preposition and a name follows the verb. */
    static boolean adverbial(
            List<Token> tokens, List<String> lower, List<Token> source, int afterVerb, ReportingLexicon lexicon) {
        return !source.isEmpty()
                && source.size() <= MAX_ADVERBIAL
                && source.get(0) == tokens.get(0)
                && lexicon.prepositions.contains(lower.get(0))
                && afterVerb < tokens.size()
                && SourceTest.nameLike(tokens.get(afterVerb), lexicon);
    }

    /** "“…,” said X", or the verb-second order of "Detta rapporterar X". */
    static boolean inverted(
            String sentence, List<Token> tokens, List<String> lower, int verb, ReportingLexicon lexicon) {
        if (verb > 0
                && TokenGaps.skipParenthesis(sentence, tokens, verb - 1) == verb - 1
                && TokenGaps.blocked(sentence, tokens, verb - 1)) {
            return true;
        }
        if (verb == 0 || verb > 2) {
            return false;
        }
        for (int i = 0; i < verb; i++) {
            if (!lexicon.nonEntities.contains(tokens.get(i).text()) && !lexicon.auxiliaries.contains(lower.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Takes "in a briefing" into the cue of "claimed in a briefing that". */
    static int extendCue(List<String> lower, int last, ReportingLexicon lexicon) {
        if (last + 1 < lower.size() && lexicon.prepositions.contains(lower.get(last + 1))) {
            for (int j = last + 2; j < Math.min(lower.size(), last + 5); j++) {
                if (lexicon.clauseWords.contains(lower.get(j))) {
                    return j - 1;
                }
            }
        }
        return last;
    }
}
