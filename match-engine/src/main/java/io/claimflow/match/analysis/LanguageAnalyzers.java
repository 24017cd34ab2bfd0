package io.claimflow.match.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The text analysis of every language, one Lucene field per language ({@code text_sv}): Lucene's own analyzer of the
 * language where it has one, else the standard tokenizer with the language pack's stop words; ICU folding last on both,
 * so case and accents never decide a match ("Släpper" and "slapper" are one term).
 */
public final class LanguageAnalyzers extends AnalyzerWrapper {

    /** The prefix of the per-language text fields. */
    public static final String TEXT_FIELD_PREFIX = "text_";

    // The languages Lucene's analysis-common analyses with a stemmer and a stop list.
    private static final Map<String, Supplier<Analyzer>> LUCENE = Map.ofEntries(
            Map.entry("en", EnglishAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new),
            Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("es", SpanishAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new),
            Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("nb", NorwegianAnalyzer::new),
            Map.entry("fi", FinnishAnalyzer::new),
            Map.entry("ro", RomanianAnalyzer::new),
            Map.entry("ru", RussianAnalyzer::new),
            Map.entry("tr", TurkishAnalyzer::new),
            Map.entry("ar", ArabicAnalyzer::new));

    private final LanguageResources packs;
    private final Map<String, Analyzer> byLanguage = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> reporting = new ConcurrentHashMap<>();
    // Built-in ICU data, so any icu4j version reads it; both are immutable and shared by every token stream.
    private final Normalizer2 caseFold = Normalizer2.getNFKCCasefoldInstance();
    private final Transliterator stripMarks = Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC");
    private final Analyzer folding = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, fold(source));
        }
    };

    public LanguageAnalyzers(LanguageResources packs) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.packs = packs;
    }

    /** The separator of a text field's language and its part ({@code text_en.title}). */
    public static final char PART_SEPARATOR = '.';

    /** The text field of a language. */
    public static String textField(String language) {
        return TEXT_FIELD_PREFIX + language.toLowerCase(Locale.ROOT);
    }

    /** A text field of a language for one part of a record (a fact-check's title beside its claim), analysed alike. */
    public static String textField(String language, String part) {
        return textField(language) + PART_SEPARATOR + part;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        int partAt = fieldName.indexOf(PART_SEPARATOR);
        String field = partAt < 0 ? fieldName : fieldName.substring(0, partAt);
        String language = field.startsWith(TEXT_FIELD_PREFIX) ? field.substring(TEXT_FIELD_PREFIX.length()) : "und";
        // One analyzer per language seen, kept for the engine's life: Lucene analyzers are thread-safe and reusable.
        return byLanguage.computeIfAbsent(language, this::create);
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), fold(components.getTokenStream()));
    }

    private TokenStream fold(TokenStream stream) {
        return new ICUTransformFilter(new ICUNormalizer2Filter(stream, caseFold), stripMarks);
    }

    private Analyzer create(String language) {
        Supplier<Analyzer> lucene = LUCENE.get(language);
        if (lucene != null) {
            return lucene.get();
        }
        CharArraySet stopWords = new CharArraySet(packs.pack(language).list(LexiconName.STOPWORDS), true);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream lower = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, new StopFilter(lower, stopWords));
            }
        };
    }

    /** The analysed terms of a text in a language, in order, repeats kept. */
    public List<String> terms(String language, String text) {
        return analysed(this, textField(language), text);
    }

    /** The analysed forms of the language pack's reporting verbs ("said", "claims"), computed once per language. */
    public Set<String> reportingTerms(String language) {
        return reporting.computeIfAbsent(language, code -> {
            Set<String> terms = new HashSet<>();
            packs.pack(code).list(LexiconName.REPORTING_VERBS).forEach(verb -> terms.addAll(terms(code, verb)));
            return Set.copyOf(terms);
        });
    }

    /** The words of a text tokenised and ICU-folded, nothing removed or stemmed: what the glossary looks up. */
    public List<String> foldedWords(String text) {
        return analysed(folding, "fold", text);
    }

    /** The terms an analyzer makes of a text in a field, in order, repeats kept. */
    public static List<String> analysed(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return terms;
    }

    @Override
    public void close() {
        byLanguage.values().forEach(Analyzer::close);
        folding.close();
        super.close();
    }
}
