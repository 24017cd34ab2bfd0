package io.claimflow.engine.claim;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimExtracted.Claimant;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.engine.AnalyzedSentence;
import io.claimflow.engine.detail.DateParser;
import io.claimflow.engine.detail.EntityFinder;
import io.claimflow.engine.detail.QuantityParser;
import io.claimflow.engine.text.Token;
import java.time.Instant;
import java.util.List;

/** The claims stage: turns a check-worthy assertion into a {@code ClaimExtracted} with its details. */
public final class ClaimAssembler {

    private final EntityFinder entities;
    private final QuantityParser quantities;
    private final DateParser dates;
    private final ClaimExtracted.Extractor extractor;

    public ClaimAssembler(
            EntityFinder entities, QuantityParser quantities, DateParser dates, ClaimExtracted.Extractor extractor) {
        this.entities = entities;
        this.quantities = quantities;
        this.dates = dates;
        this.extractor = extractor;
    }

    /** Whether a sentence is a claim at a threshold: an assertion scoring at least the threshold. */
    public static boolean isClaim(AnalyzedSentence sentence, double threshold) {
        return sentence.kind() == SentenceKind.ASSERTION && sentence.checkworthiness() >= threshold;
    }

    /**
     * The claim of an analysed sentence.
     *
     * @param tokens the sentence's tokens, as the sentence stage read them
     * @param languagePack whether its attribution was read with a language pack's words
     */
    public ClaimExtracted assemble(
            String documentId,
            int ordinal,
            AnalyzedSentence sentence,
            List<Token> tokens,
            Instant extractedAt,
            boolean languagePack) {
        String text = sentence.text();
        return new ClaimExtracted(
                StableIds.claimId(
                        documentId, sentence.span().start(), sentence.span().end(), extractor.version()),
                documentId,
                ordinal,
                text,
                sentence.span(),
                sentence.language(),
                sentence.checkworthiness(),
                new Claimant(
                        sentence.attribution().name(),
                        sentence.attribution().type(),
                        sentence.attribution().quote(),
                        sentence.attribution().role(),
                        sentence.attribution().normalized()),
                sentence.attribution().cue(),
                entities.find(text, tokens, sentence.language()),
                quantities.find(text, tokens, sentence.language()),
                dates.find(text, tokens, sentence.language()),
                sentence.citations(),
                extractor,
                extractedAt,
                null,
                languagePack);
    }
}
