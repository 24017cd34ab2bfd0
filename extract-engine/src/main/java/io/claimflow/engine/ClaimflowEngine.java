package io.claimflow.engine;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.engine.attribution.Attributor;
import io.claimflow.engine.attribution.ClaimantIdentity;
import io.claimflow.engine.claim.AssertionFilter;
import io.claimflow.engine.claim.ClaimAssembler;
import io.claimflow.engine.clean.Boilerplate;
import io.claimflow.engine.clean.Byline;
import io.claimflow.engine.clean.HtmlText;
import io.claimflow.engine.clean.TextCleaner;
import io.claimflow.engine.detail.CitationLinker;
import io.claimflow.engine.detail.DateParser;
import io.claimflow.engine.detail.EntityFinder;
import io.claimflow.engine.detail.Gazetteer;
import io.claimflow.engine.detail.QuantityParser;
import io.claimflow.engine.detect.FunctionWords;
import io.claimflow.engine.detect.LanguageIdentifier;
import io.claimflow.engine.detect.SentenceLanguages;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.score.CheckworthinessFeatures;
import io.claimflow.engine.score.CheckworthinessModel;
import io.claimflow.engine.score.CheckworthinessScorer;
import io.claimflow.engine.sentence.SentenceSegmenter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The claim extraction engine: builds every stage once (language packs, language model, check-worthiness model) and
 * runs them over documents. Thread-safe; build one and share it.
 */
public final class ClaimflowEngine implements ClaimExtractor {

    public static final ClaimExtracted.Extractor DESCRIPTOR = new ClaimExtracted.Extractor("claimflow-engine", "0.2.0");

    private final EngineSettings settings;
    private final Clock clock;
    private final DocumentAnalyzer analyzer;
    private final CheckworthinessScorer scorer;
    private final ClaimAssembler assembler;
    private final Attributor attributor;

    public ClaimflowEngine(EngineSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        LanguageResources languages = LanguageResources.load();
        Gazetteer gazetteer = new Gazetteer(languages);
        SentenceLanguages sentenceLanguages =
                new SentenceLanguages(new LanguageIdentifier(), new FunctionWords(languages));
        CheckworthinessModel model = CheckworthinessModel.loadDefault();
        this.attributor = new Attributor(languages, gazetteer);
        this.scorer = new CheckworthinessScorer(
                new CheckworthinessFeatures(languages, model.hashBits()), model, sentenceLanguages);
        this.analyzer = new DocumentAnalyzer(
                new TextCleaner(new HtmlText(), new Boilerplate(languages), new Byline(languages)),
                new SentenceSegmenter(languages),
                sentenceLanguages,
                scorer,
                attributor,
                new ClaimantIdentity(gazetteer),
                new AssertionFilter(languages),
                new CitationLinker());
        this.assembler = new ClaimAssembler(
                new EntityFinder(gazetteer, languages),
                new QuantityParser(languages),
                new DateParser(languages),
                DESCRIPTOR);
    }

    public static ClaimflowEngine withDefaults() {
        return new ClaimflowEngine(EngineSettings.defaults(), Clock.systemUTC());
    }

    @Override
    public ClaimExtracted.Extractor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Extraction extract(SourceDocument document) {
        Deadline deadline = Deadline.after(settings.timeBudget());
        DocumentAnalyzer.Analyzed analyzed = analyzer.analyze(document, deadline);
        DocumentAnalysis analysis = analyzed.analysis();
        deadline.check("details");
        Instant now = clock.instant();
        List<ClaimExtracted> claims = new ArrayList<>();
        List<AnalyzedSentence> sentences = analysis.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            AnalyzedSentence sentence = sentences.get(i);
            deadline.checkAtSentence(i, "details");
            if (ClaimAssembler.isClaim(sentence, settings.claimThreshold())) {
                claims.add(assembler.assemble(
                        document.id(),
                        claims.size(),
                        sentence,
                        analyzed.sentences().get(i).tokens(),
                        now,
                        attributor.readsAttribution(sentence.language(), analysis.language())));
            }
        }
        return new Extraction(document.id(), analysis.language(), claims);
    }

    /** Every sentence of a document with its language, score, kind, attribution and citations. */
    public DocumentAnalysis analyze(SourceDocument document) {
        return analyzer.analyze(document, Deadline.after(settings.timeBudget())).analysis();
    }

    /** Check-worthiness scores (0..1) of free-standing sentences, each in the language detected for it. */
    public double[] score(List<String> sentences) {
        return scorer.score(sentences);
    }

    /** The scorer, for callers that know each sentence's language. */
    public CheckworthinessScorer scorer() {
        return scorer;
    }
}
