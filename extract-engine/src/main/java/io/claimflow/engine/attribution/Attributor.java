package io.claimflow.engine.attribution;

import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.engine.detail.Gazetteer;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.sentence.Sentence;
import io.claimflow.engine.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attribution stage: who asserted each sentence, with the cue and whether it is a direct quote. A quote that runs
 * over several sentences, or that a line ending in a colon introduces, belongs to the source named in it or in its
 * introduction; what no one is said to assert is the author's.
 */
public final class Attributor {

    private final Map<String, ReportingLexicon> lexicons = new HashMap<>();
    private final ReportingLexicon none;
    private final CueFinder finder = new CueFinder(new SourceTest());
    private final ClaimantResolver resolver;

    public Attributor(LanguageResources languages, Gazetteer gazetteer) {
        ReportingLexicon.Names names = ReportingLexicon.Names.of(languages);
        for (String code : languages.codes()) {
            lexicons.put(code, new ReportingLexicon(languages.pack(code), names));
        }
        this.none = new ReportingLexicon(languages.pack(LanguageCodes.UNDETERMINED), names);
        this.resolver = new ClaimantResolver(gazetteer);
    }

    /**
     * The attribution of every sentence.
     *
     * @param cleaned the cleaned text the sentences are in
     * @param languages each sentence's language
     * @param documentLanguage the document's language, whose words serve sentences in a language without a pack
     */
    public List<Attribution> attribute(
            String cleaned, List<Sentence> sentences, List<String> languages, String documentLanguage) {
        int count = sentences.size();
        SpeakerMemory memory = new SpeakerMemory();
        Attribution[] own = new Attribution[count];
        Attribution[] ownInside = new Attribution[count];
        QuoteSpans.Reading[] quotes = new QuoteSpans.Reading[count];
        int[] runOf = new int[count];
        List<Integer> runStarts = new ArrayList<>();
        char open = 0;
        for (int i = 0; i < count; i++) {
            Sentence sentence = sentences.get(i);
            if (open != 0 && newParagraph(cleaned, sentences, i) && !startsWithQuote(sentence.text())) {
                open = 0;
            }
            quotes[i] = QuoteSpans.read(sentence.text(), open);
            if (open == 0 && quotes[i].open()) {
                runStarts.add(i);
            }
            runOf[i] = open != 0 || quotes[i].open() ? runStarts.size() - 1 : -1;
            open = quotes[i].openAfter();
            ReportingLexicon lexicon = lexicon(languages.get(i), documentLanguage);
            List<Token> tokens = sentence.tokens();
            resolver.observe(sentence.text(), tokens, lexicon, memory);
            Optional<SourcePhrase> phrase = finder.find(sentence.text(), tokens, lexicon, quotes[i]);
            ReportingLexicon documentLexicon = lexicon(documentLanguage, documentLanguage);
            if (phrase.isEmpty() && documentLexicon != lexicon) {
                // A sentence that mixes languages ("South Front publicerade … ”The US-led coalition …") may
                // carry its cue in the document's language.
                phrase = finder.find(sentence.text(), tokens, documentLexicon, quotes[i]);
            }
            if (phrase.isPresent()) {
                own[i] = attribution(sentence, phrase.get(), lexicon, memory, quotes[i].direct());
            } else if (quotes[i].quotes()) {
                // «The Observatory confirms that …»: a quote with no cue outside it may name its source inside.
                boolean direct = quotes[i].direct();
                ownInside[i] = finder.find(sentence.text(), tokens, lexicon, QuoteSpans.NONE)
                        .map(inside -> attribution(sentence, inside, lexicon, memory, direct))
                        .orElse(null);
            }
        }
        signQuotes(own, quotes, runOf, sentences);
        List<Attribution> attributions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Attribution attribution = inherited(i, own, quotes, runOf, runStarts, sentences);
            boolean quoted = quotes[i].direct() || runOf[i] >= 0;
            if (quoted && !attribution.attributed() && i > 0 && continued(attributions.get(i - 1))) {
                // "“…,” he said." then "“…" with no cue: the speaker goes on, as reporters write quotes.
                attribution = attributions.get(i - 1).withQuote(true);
            }
            Attribution inside = ownInside[i] != null ? ownInside[i] : inRun(i, ownInside, runOf, runStarts);
            if (!attribution.attributed() && inside != null) {
                attribution = inside.withQuote(quoted);
            }
            attributions.add(attribution);
        }
        return attributions;
    }

    private Attribution inherited(
            int i,
            Attribution[] own,
            QuoteSpans.Reading[] quotes,
            int[] runOf,
            List<Integer> runStarts,
            List<Sentence> sentences) {
        if (own[i] != null) {
            return own[i].withQuote(quotes[i].direct() || runOf[i] >= 0 && own[i].attributed());
        }
        if (runOf[i] >= 0) {
            int first = runStarts.get(runOf[i]);
            Optional<Attribution> intro = introduction(first, own, sentences);
            if (intro.isPresent()) {
                return intro.get().withQuote(true);
            }
            Attribution inRun = inRun(i, own, runOf, runStarts);
            if (inRun != null) {
                return inRun.withQuote(true);
            }
        }
        if (quotes[i].direct()) {
            return introduction(i, own, sentences)
                    .map(intro -> intro.withQuote(true))
                    .orElse(Attribution.author(true));
        }
        return Attribution.author(false);
    }

    /** The first attribution found in the quote run that sentence {@code i} belongs to, or null. */
    private static Attribution inRun(int i, Attribution[] found, int[] runOf, List<Integer> runStarts) {
        if (runOf[i] < 0) {
            return null;
        }
        for (int j = runStarts.get(runOf[i]); j < found.length && runOf[j] == runOf[i]; j++) {
            if (found[j] != null) {
                return found[j];
            }
        }
        return null;
    }

    /** Whether a quote right after a sentence goes on with its speaker: the sentence quotes a named source. */
    private static boolean continued(Attribution previous) {
        return previous.quote() && previous.attributed() && previous.type() != ClaimantType.AUTHOR;
    }

    /** A line of only a dash and a name ("― Jane Roe") signs the quote that ends right before it. */
    private static void signQuotes(
            Attribution[] own, QuoteSpans.Reading[] quotes, int[] runOf, List<Sentence> sentences) {
        for (int i = 1; i < own.length; i++) {
            if (own[i] == null || !CueFinder.isSourceLine(sentences.get(i).text())) {
                continue;
            }
            Attribution signature = own[i].withQuote(true);
            int run = runOf[i - 1];
            if (run >= 0) {
                for (int j = i - 1; j >= 0 && runOf[j] == run; j--) {
                    own[j] = signature;
                }
            } else if (quotes[i - 1].direct()) {
                own[i - 1] = signature;
            }
        }
    }

    /** The attribution of the sentence before {@code first}, when it ends with a colon that introduces a quote. */
    private static Optional<Attribution> introduction(int first, Attribution[] own, List<Sentence> sentences) {
        if (first == 0
                || own[first - 1] == null
                || !sentences.get(first - 1).text().endsWith(":")) {
            return Optional.empty();
        }
        return Optional.of(own[first - 1]);
    }

    private Attribution attribution(
            Sentence sentence, SourcePhrase phrase, ReportingLexicon lexicon, SpeakerMemory memory, boolean quote) {
        if (phrase.source().isEmpty()) {
            return new Attribution(null, ClaimantType.ANONYMOUS, phrase.cue(), quote, -1, -1);
        }
        ClaimantResolver.Claimant claimant = resolver.resolve(sentence.text(), phrase.source(), lexicon, memory);
        List<Token> source = phrase.source();
        return new Attribution(
                claimant.name(),
                claimant.type(),
                phrase.cue(),
                quote,
                sentence.start() + source.get(0).start(),
                sentence.start() + source.get(source.size() - 1).end(),
                claimant.role(),
                null);
    }

    /**
     * Whether a sentence of the language, in a document of the other, is read with a pack's reporting words: without
     * one, a claim that names no source in quotes goes to the author, whatever the sentence says.
     */
    public boolean readsAttribution(String language, String documentLanguage) {
        return lexicon(language, documentLanguage) != none;
    }

    private ReportingLexicon lexicon(String language, String documentLanguage) {
        ReportingLexicon lexicon = lexicons.get(language);
        return lexicon != null ? lexicon : lexicons.getOrDefault(documentLanguage, none);
    }

    private static boolean newParagraph(String cleaned, List<Sentence> sentences, int i) {
        return i > 0
                && cleaned.substring(
                                        sentences.get(i - 1).end(),
                                        sentences.get(i).start())
                                .indexOf('\n')
                        >= 0;
    }

    private static boolean startsWithQuote(String text) {
        return !text.isEmpty() && "“”„«\"".indexOf(text.charAt(0)) >= 0;
    }
}
