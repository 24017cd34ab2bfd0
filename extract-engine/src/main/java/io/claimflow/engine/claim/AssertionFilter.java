package io.claimflow.engine.claim;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import io.claimflow.engine.sentence.Sentence;
import io.claimflow.engine.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells assertions from questions, headings, imperatives and fragments. */
public final class AssertionFilter {

    private static final int MIN_WORDS = 4;
    // A longer line without final punctuation is a sentence that lost its full stop, not a heading.
    private static final int MAX_HEADING_WORDS = 15;
    private static final Pattern QUESTION = Pattern.compile("\\?[”\"»’)\\]]*$");

    private final Map<String, Set<String>> imperatives = new HashMap<>();

    public AssertionFilter(LanguageResources languages) {
        for (String code : languages.codes()) {
            imperatives.put(code, languages.pack(code).words(LexiconName.IMPERATIVES));
        }
    }

    /**
     * What a sentence does.
     *
     * @param heading whether the document's markup made the sentence's line a heading
     */
    public SentenceKind kind(Sentence sentence, String language, boolean heading) {
        String text = sentence.text();
        List<Token> tokens = sentence.tokens();
        if (QUESTION.matcher(text).find()) {
            return SentenceKind.QUESTION;
        }
        if (heading
                || sentence.wholeLine()
                        && !sentence.terminated()
                        && !text.endsWith(":")
                        && tokens.size() <= MAX_HEADING_WORDS) {
            return SentenceKind.HEADING;
        }
        if (tokens.size() < MIN_WORDS || text.endsWith(":")) {
            return SentenceKind.FRAGMENT;
        }
        String first = tokens.get(0).lower();
        boolean startsQuoted = "“”„«\"".indexOf(text.charAt(0)) >= 0;
        if (!startsQuoted && imperatives.getOrDefault(language, Set.of()).contains(first)) {
            return SentenceKind.IMPERATIVE;
        }
        return SentenceKind.ASSERTION;
    }
}
