package io.claimflow.engine;

import io.claimflow.contracts.event.ClaimExtracted.Span;
import io.claimflow.engine.attribution.Attribution;
import io.claimflow.engine.attribution.Attributor;
import io.claimflow.engine.attribution.ClaimantIdentity;
import io.claimflow.engine.claim.AssertionFilter;
import io.claimflow.engine.clean.CleanDocument;
import io.claimflow.engine.clean.TextCleaner;
import io.claimflow.engine.detail.CitationLinker;
import io.claimflow.engine.detect.SentenceLanguages;
import io.claimflow.engine.detect.SentenceLanguages.DocumentLanguages;
import io.claimflow.engine.score.CheckworthinessScorer;
import io.claimflow.engine.sentence.Sentence;
import io.claimflow.engine.sentence.SentenceSegmenter;
import io.claimflow.engine.text.MappedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the per-sentence stages over one document: clean → sentences → language → check-worthiness → attribution →
 * citations, and maps every offset back to the submitted text.
 */
public final class DocumentAnalyzer {

    private final TextCleaner cleaner;
    private final SentenceSegmenter segmenter;
    private final SentenceLanguages languages;
    private final CheckworthinessScorer scorer;
    private final Attributor attributor;
    private final ClaimantIdentity identities;
    private final AssertionFilter assertions;
    private final CitationLinker citations;

    DocumentAnalyzer(
            TextCleaner cleaner,
            SentenceSegmenter segmenter,
            SentenceLanguages languages,
            CheckworthinessScorer scorer,
            Attributor attributor,
            ClaimantIdentity identities,
            AssertionFilter assertions,
            CitationLinker citations) {
        this.cleaner = cleaner;
        this.segmenter = segmenter;
        this.languages = languages;
        this.scorer = scorer;
        this.attributor = attributor;
        this.identities = identities;
        this.assertions = assertions;
        this.citations = citations;
    }

    /** Every sentence of the document, or {@link BudgetExceededException} once the deadline has passed. */
    Analyzed analyze(SourceDocument document, Deadline deadline) {
        CleanDocument clean = cleaner.clean(document.text());
        deadline.check("cleaning");
        MappedText text = clean.text();
        List<Sentence> sentences = segmenter.split(text.text());
        deadline.check("sentences");
        DocumentLanguages detected = languages.detect(sentences, document.languageHint());
        deadline.check("language");
        List<Attribution> attributions = identities.identify(
                text.text(),
                attributor.attribute(text.text(), sentences, detected.sentences(), detected.document()),
                clean.author());
        deadline.check("attribution");
        List<List<String>> cited = citations.link(clean.citations(), sentences);
        List<AnalyzedSentence> analyzed = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            deadline.checkAtSentence(i, "check-worthiness");
            Sentence sentence = sentences.get(i);
            String language = detected.sentences().get(i);
            Attribution attribution = attributions.get(i);
            Span source = attribution.sourceStart() < 0
                    ? null
                    : text.originalSpan(attribution.sourceStart(), attribution.sourceEnd());
            analyzed.add(new AnalyzedSentence(
                    text.originalSpan(sentence.start(), sentence.end()),
                    sentence.text(),
                    language,
                    scorer.score(sentence, language),
                    assertions.kind(sentence, language, clean.inHeading(sentence.start())),
                    attribution,
                    source,
                    cited.get(i)));
        }
        return new Analyzed(new DocumentAnalysis(document.id(), detected.document(), analyzed), sentences);
    }

    /** The analysis and the segmented sentences it was made from, one for each analysed sentence, in order. */
    record Analyzed(DocumentAnalysis analysis, List<Sentence> sentences) {}
}
