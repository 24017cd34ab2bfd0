package io.claimflow.engine.attribution;

import io.claimflow.engine.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first reporting cue of a sentence and its source phrase: "X said", "“…,” said X", "according to X", "As X
 * notes", "X “accused …”", and a source named after a closing quote ("” – X", "” SvT").
 */
final class CueFinder {

    private static final int MAX_SOURCE = 8;
    private static final int MAX_APPOSITIVES = 3;
    private static final Pattern SPEAKER_LABEL =
            Pattern.compile("[\"“]?(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3})\\s*:\\s+\\S");
    private static final Pattern SOURCE_LINE = Pattern.compile("[–—―-]\\s*(\\S[^–—―]{1,60})");
    private static final Pattern SOURCE_AFTER_QUOTE =
            Pattern.compile("[”\"»]\\s*(?:[–—―-]\\s*([^–—”\"»]{2,60})|((?:\\p{Lu}[\\p{L}\\-.]*\\s*){1,4}))$");

    private final SourceTest test;

    CueFinder(SourceTest test) {
        this.test = test;
    }

    /**
     * The sentence's cue and source: a trailing "…, the source added." wins, as it attributes the whole sentence; else
     * the first cue with a source. A cue inside a quote is the quoted speaker's words ("“… I have said,” the judge
     * exclaimed"), unless the quote opens with it (X “accused …”).
     */
    Optional<SourcePhrase> find(
            String sentence, List<Token> tokens, ReportingLexicon lexicon, QuoteSpans.Reading quotes) {
        List<String> lower = tokens.stream().map(Token::lower).toList();
        Optional<SourcePhrase> label = speakerLabel(sentence, tokens, lexicon);
        if (label.isPresent()) {
            return label;
        }
        if (isSourceLine(sentence)) {
            return Optional.of(new SourcePhrase(null, tokens)).filter(line -> test.valid(tokens, lexicon));
        }
        SourcePhrase first = null;
        SourcePhrase sourceless = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (quotes.quotedWord(sentence, tokens.get(i).start())) {
                continue;
            }
            int cue = lexicon.sourceCues.match(lower, i);
            if (cue > 0 && first == null) {
                List<Token> source = after(sentence, tokens, lower, i + cue, lexicon);
                // "according to the city auditor": whatever the cue introduces is a source, a description too.
                if (test.valid(source, lexicon) || !source.isEmpty() && test.description(source, lexicon)) {
                    first = new SourcePhrase(span(sentence, tokens, i, i + cue - 1), source);
                }
            }
            if (i == 0 && lexicon.asClause.contains(lower.get(i))) {
                first = asClause(sentence, tokens, lower, i, lexicon).orElse(first);
            }
            int verb = lowerCase(tokens.get(i)) ? lexicon.verbs.match(lower, i) : 0;
            if (verb > 0) {
                List<Token> source = before(sentence, tokens, lower, i, lexicon);
                if (ClauseOrder.adverbial(tokens, lower, source, i + verb, lexicon)) {
                    // "Im Interview sagte Scholz": a short phrase opening with a preposition is no subject.
                    source = after(sentence, tokens, lower, i + verb, lexicon);
                }
                boolean inverted = ClauseOrder.inverted(sentence, tokens, lower, i, lexicon);
                boolean agent = i + verb < tokens.size() && lexicon.prepositions.contains(lower.get(i + verb));
                if (!test.valid(source, lexicon) && (inverted || agent)) {
                    source = after(sentence, tokens, lower, i + verb, lexicon);
                }
                int sourceAt = source.isEmpty() ? -1 : indexOf(tokens, source.get(0));
                // "The bank said" and "…, the rights group says": a short description opening a clause.
                boolean opening = sourceAt >= 0
                        && (sourceAt == 0 || sourceAt < i && TokenGaps.blocked(sentence, tokens, sourceAt - 1))
                        && test.description(source, lexicon);
                int last = ClauseOrder.extendCue(lower, i + verb - 1, lexicon);
                SourcePhrase found = new SourcePhrase(span(sentence, tokens, i, last), source);
                if (test.valid(source, lexicon) || opening) {
                    if (ClauseOrder.trailing(sentence, tokens, source, last)) {
                        return Optional.of(found);
                    }
                    first = first == null ? found : first;
                } else if (sourceless == null && ClauseOrder.impersonal(lower, i, lexicon)) {
                    sourceless = new SourcePhrase(found.cue(), List.of());
                }
            }
        }
        if (first != null) {
            return Optional.of(first);
        }
        Optional<SourcePhrase> afterQuote = namedAfterQuote(sentence, tokens, lexicon);
        return afterQuote.isPresent() ? afterQuote : Optional.ofNullable(sourceless);
    }

    /** Whether a sentence is only a dash and a name, signing the quote before it ("” ― Jane Roe"). */
    static boolean isSourceLine(String sentence) {
        return SOURCE_LINE.matcher(sentence).matches();
    }

    /** "PENCE: Well, …" and "Pat Caddell: Democrat voters …": a name that labels what follows as its words. */
    private Optional<SourcePhrase> speakerLabel(String sentence, List<Token> tokens, ReportingLexicon lexicon) {
        Matcher label = SPEAKER_LABEL.matcher(sentence);
        if (!label.lookingAt()) {
            return Optional.empty();
        }
        List<Token> source =
                tokens.stream().filter(token -> token.end() <= label.end(1)).toList();
        return test.named(source, lexicon) && source.stream().allMatch(token -> SourceTest.nameLike(token, lexicon))
                ? Optional.of(new SourcePhrase(null, source))
                : Optional.empty();
    }

    /** "As X notes," and "As X explains:" */
    private Optional<SourcePhrase> asClause(
            String sentence, List<Token> tokens, List<String> lower, int as, ReportingLexicon lexicon) {
        for (int j = as + 1; j < Math.min(tokens.size(), as + MAX_SOURCE); j++) {
            int verb = lexicon.verbs.match(lower, j);
            if (verb > 0) {
                int end = j;
                while (end > as + 1 && lexicon.auxiliaries.contains(lower.get(end - 1))) {
                    end--;
                }
                List<Token> source = tokens.subList(as + 1, end);
                if (!test.valid(source, lexicon)) {
                    return Optional.empty();
                }
                String cue = tokens.get(as).text() + " … " + span(sentence, tokens, j, j + verb - 1);
                return Optional.of(new SourcePhrase(cue, source));
            }
            if (j > as + 1 && TokenGaps.blocked(sentence, tokens, j - 1)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The source phrase ending right before token {@code verb}: the clause's subject. */
    private List<Token> before(
            String sentence, List<Token> tokens, List<String> lower, int verb, ReportingLexicon lexicon) {
        int end = TokenGaps.skipParenthesis(sentence, tokens, verb - 1);
        while (end >= 0 && lexicon.auxiliaries.contains(lower.get(end)) && !TokenGaps.blocked(sentence, tokens, end)) {
            end--;
        }
        if (end >= 0 && lexicon.relatives.contains(lower.get(end))) {
            end--;
        }
        if (end > 0 && end == verb - 1 && lexicon.clauseWords.contains(lower.get(end))) {
            // "The Arizona Republican survived … and says": a second verb shares the sentence's subject.
            return openingSubject(tokens, lower, end, lexicon);
        }
        if (end >= 0 && end == verb - 1 && TokenGaps.gap(sentence, tokens, end).equals(",")) {
            // "The state's campaign chairman, Phil Lovas, said": the name between the commas is the source.
            int start = end;
            while (start > 0 && !TokenGaps.blocked(sentence, tokens, start - 1)) {
                start--;
            }
            List<Token> apposition = tokens.subList(start, end + 1);
            if (start > 0 && apposition.stream().allMatch(token -> SourceTest.nameLike(token, lexicon))) {
                return apposition;
            }
            // "Dr. Helen Carter, a virologist at the University of Leeds, said": the name before the appositive.
            List<Token> head =
                    start > 0 && TokenGaps.gap(sentence, tokens, start - 1).equals(",")
                            ? appositiveHead(sentence, tokens, start - 1, lexicon)
                            : List.of();
            // "Hillary Clinton posted a comment, saying …": the clause after the comma shares the sentence's subject.
            return head.isEmpty() && start == 0 ? openingSubject(tokens, lower, end, lexicon) : head;
        }
        if (end < 0 || end == verb - 1 && TokenGaps.blockedBeforeVerb(sentence, tokens, end)) {
            return List.of();
        }
        if (lexicon.thirdPerson.contains(lower.get(end)) || lexicon.firstPerson.contains(lower.get(end))) {
            // "a wall, which he said Mexico should pay for": a pronoun before the verb is its subject.
            return tokens.subList(end, end + 1);
        }
        int start = end;
        while (start > 0
                && end - start + 1 < MAX_SOURCE
                && !TokenGaps.blocked(sentence, tokens, start - 1)
                && !lexicon.clauseWords.contains(lower.get(start - 1))) {
            start--;
        }
        if (lexicon.clauseWords.contains(lower.get(start))) {
            start++;
        }
        for (int relative = start; relative <= end; relative++) {
            if (lexicon.relatives.contains(lower.get(relative))) {
                // "A general who commands forces in Syria has accused": the source is the phrase before "who".
                end = relative - 1;
            }
        }
        return start > end ? List.of() : tokens.subList(start, end + 1);
    }

    /**
     * The named phrase that opens the sentence and ends at token {@code end}, before a comma, or nothing; up to two
     * more appositives may stand between ("Marley Anderson, 21, a junior from Las Vegas, said").
     */
    private List<Token> appositiveHead(String sentence, List<Token> tokens, int end, ReportingLexicon lexicon) {
        for (int segment = 0; segment < MAX_APPOSITIVES && end >= 0; segment++) {
            int start = end;
            while (start > 0 && end - start + 1 < MAX_SOURCE && !TokenGaps.blocked(sentence, tokens, start - 1)) {
                start--;
            }
            String before = start == 0 ? "" : TokenGaps.gap(sentence, tokens, start - 1);
            if (start == 0 || before.contains("”") || before.contains("\"")) {
                // It opens the sentence, or follows the quote it attributes ("“…,” Ramos, 58, told AFP").
                List<Token> head = tokens.subList(start, end + 1);
                return test.named(head, lexicon) ? head : List.of();
            }
            if (!TokenGaps.gap(sentence, tokens, start - 1).equals(",")) {
                return List.of();
            }
            end = start - 1;
        }
        return List.of();
    }

    /** The subject that opens the sentence: its first words while they are names, determiners, pronouns or heads. */
    private List<Token> openingSubject(List<Token> tokens, List<String> lower, int limit, ReportingLexicon lexicon) {
        int end = 0;
        while (end < limit
                && end < MAX_SOURCE
                && (test.head(tokens.get(end), lexicon)
                        || lexicon.determiners.contains(lower.get(end))
                        || lexicon.thirdPerson.contains(lower.get(end)))) {
            end++;
        }
        List<Token> subject = tokens.subList(0, end);
        return end > 0 && test.valid(subject, lexicon) ? subject : List.of();
    }

    /** The source phrase starting at token {@code from}, as in "said the defector" or "according to X, …". */
    private List<Token> after(
            String sentence, List<Token> tokens, List<String> lower, int from, ReportingLexicon lexicon) {
        int start = from;
        while (start < tokens.size() && lexicon.auxiliaries.contains(lower.get(start))) {
            start++;
        }
        if (start < tokens.size() && lexicon.prepositions.contains(lower.get(start))) {
            start++;
        }
        int end = start;
        boolean closed = false;
        while (end < tokens.size()
                && end - start < MAX_SOURCE
                && !lexicon.clauseWords.contains(lower.get(end))
                && !(end > start && lexicon.auxiliaries.contains(lower.get(end)))) {
            end++;
            if (end < tokens.size() && TokenGaps.blocked(sentence, tokens, end - 1)) {
                closed = true;
                break;
            }
        }
        if (!closed) {
            // No punctuation closed the phrase ("Enligt försvarsdepartementet lämnade …"): it ends after its head.
            end = Math.min(end, headEnd(tokens, start, end, lexicon));
        }
        List<Token> phrase = tokens.subList(start, end);
        if (end > start
                && end < tokens.size()
                && sentence.charAt(tokens.get(end - 1).end()) == ','
                && !test.named(phrase, lexicon)) {
            List<Token> apposition = after(sentence, tokens, lower, end, lexicon);
            int next = end + apposition.size();
            boolean appositionClosed = next >= tokens.size() || TokenGaps.blocked(sentence, tokens, next - 1);
            if (!apposition.isEmpty() && appositionClosed && test.named(apposition, lexicon)) {
                return apposition;
            }
        }
        return phrase;
    }

    /** The index after the first run of head words (names, roles, bodies) from {@code start}, or {@code end}. */
    private int headEnd(List<Token> tokens, int start, int end, ReportingLexicon lexicon) {
        boolean inHead = false;
        for (int i = start; i < end; i++) {
            // "Lula da Silva": a name connector between two head words stays in the head.
            boolean head = test.head(tokens.get(i), lexicon)
                    || inHead
                            && i + 1 < end
                            && lexicon.connectors.contains(tokens.get(i).text())
                            && test.head(tokens.get(i + 1), lexicon);
            if (inHead && !head) {
                return i;
            }
            inHead |= head;
        }
        return end;
    }

    private Optional<SourcePhrase> namedAfterQuote(String sentence, List<Token> tokens, ReportingLexicon lexicon) {
        Matcher matcher = SOURCE_AFTER_QUOTE.matcher(sentence);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int from = matcher.start(1) >= 0 ? matcher.start(1) : matcher.start(2);
        List<Token> source = new ArrayList<>();
        for (Token token : tokens) {
            if (token.start() >= from) {
                source.add(token);
            }
        }
        return test.valid(source, lexicon) ? Optional.of(new SourcePhrase(null, source)) : Optional.empty();
    }

    private static boolean lowerCase(Token token) {
        return token.text().equals(token.lower());
    }

    private static String span(String sentence, List<Token> tokens, int first, int last) {
        return sentence.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /**
     * Where a token of the sentence stands in it, found by its offset (tokens are in text order), or -1: a scan of the
     * list for each verb made a sentence of many cues quadratic.
     */
    private static int indexOf(List<Token> tokens, Token token) {
        int at = Collections.binarySearch(tokens, token, Comparator.comparingInt(Token::start));
        return at >= 0 && tokens.get(at).equals(token) ? at : -1;
    }
}
