package io.claimflow.match.analysis;

import io.claimflow.contracts.event.ClaimExtracted;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a claim into the features matching compares: analysed terms, glossary pivots, anchors and a text key. */
public final class FeatureExtractor {

    // Pivots of reporting and attribution, left out for the same reason as reporting verbs.
    private static final Set<String> REPORTING = Set.of("say", "claim", "report", "announce", "confirm", "deny");

    private final LanguageAnalyzers analyzers;
    private final Glossary glossary;

    public FeatureExtractor(LanguageAnalyzers analyzers, Glossary glossary) {
        this.analyzers = analyzers;
        this.glossary = glossary;
    }

    public ClaimFeatures features(ClaimExtracted claim) {
        String language = claim.language().toLowerCase(Locale.ROOT);
        Set<String> terms = new LinkedHashSet<>(analyzers.terms(language, claim.text()));
        // Names are compared as anchors (normalised across languages and spellings); left in the text too, a claim
        // sharing only "U.S." and "Raqqa" with another would look like it says the same thing.
        claim.entities().forEach(entity -> terms.removeAll(analyzers.terms(language, entity.text())));
        // Reporting verbs say who asserts, not what: two claims "said" by different people share nothing by it.
        terms.removeAll(analyzers.reportingTerms(language));
        List<String> folded = analyzers.foldedWords(claim.text());
        // Nor are a name's words pivots: "Security Council" shared is one anchor, not also "security" and "council" (a
        // rare name counted three times linked unrelated claims by narrative support). The words of its normalised
        // form only: "IS-soldater" names the Islamic State, and "soldater" stays the pivot "fighter".
        Set<String> nameWords = new HashSet<>();
        claim.entities().forEach(entity -> nameWords.addAll(analyzers.foldedWords(entity.normalized())));
        Set<String> pivots = new LinkedHashSet<>();
        for (String word : folded) {
            String pivot = nameWords.contains(word) ? null : glossary.pivot(language, word);
            if (pivot != null && !REPORTING.contains(pivot)) {
                pivots.add(pivot);
            }
        }
        return new ClaimFeatures(
                language,
                LanguageAnalyzers.textField(language),
                List.copyOf(terms),
                List.copyOf(pivots),
                Anchors.of(claim),
                digest(String.join(" ", folded)));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
