package io.claimflow.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.engine.pack.LanguageResources;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private static final LanguageResources PACKS = LanguageResources.load();
    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers(PACKS);
    private static final Glossary GLOSSARY = new Glossary(PACKS, ANALYZERS);
    private static final FeatureExtractor FEATURES = new FeatureExtractor(ANALYZERS, GLOSSARY);

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    private static ClaimExtracted claim(String language, String text, List<ClaimExtracted.Entity> entities) {
        return new ClaimExtracted(
                "c",
                "d",
                0,
                text,
                new ClaimExtracted.Span(0, text.length()),
                language,
                0.8,
                new ClaimExtracted.Claimant(null, ClaimantType.AUTHOR, false),
                null,
                entities,
                List.of(
                        new ClaimExtracted.Quantity("40", 40, null),
                        new ClaimExtracted.Quantity("thousands", 1000, null)),
                List.of(new ClaimExtracted.DateMention("13 November 2017", "2017-11-13")),
                List.of("https://www.bbc.co.uk/news/raqqa/"),
                new ClaimExtracted.Extractor("test", "1"),
                Instant.EPOCH,
                null,
                null);
    }

    @Test
    void glossaryMapsInflectedWordsOfEachLanguageToOnePivot() {
        assertThat(GLOSSARY.pivot("sv", "krigarna")).isEqualTo("fighter");
        assertThat(GLOSSARY.pivot("sq", ANALYZERS.foldedWords("luftëtarët").get(0)))
                .isEqualTo("fighter");
        assertThat(GLOSSARY.pivot("en", "fighters")).isEqualTo("fighter");
        assertThat(GLOSSARY.pivot("sv", "slapper")).isEqualTo("release");
        assertThat(GLOSSARY.pivot("en", "the")).isNull();
        for (String[] word : new String[][] {
            {"de", "Kämpfer", "fighter"}, {"fr", "combattants", "fighter"}, {"es", "combatientes", "fighter"},
            {"ru", "боевиков", "fighter"}, {"uk", "бойовиків", "fighter"}, {"de", "Konvoi", "convoy"},
            {"fr", "coalition", "coalition"}, {"es", "acuerdo", "deal"}, {"ru", "колонна", "convoy"},
            {"uk", "коаліції", "coalition"}, {"it", "combattenti", "fighter"}, {"it", "convoglio", "convoy"},
            {"pt", "combatentes", "fighter"}, {"pt", "coligação", "coalition"}, {"nl", "strijders", "fighter"},
            {"nl", "konvooi", "convoy"}, {"pl", "bojowników", "fighter"}, {"pl", "koalicji", "coalition"},
            {"pl", "porozumienie", "deal"}, {"pl", "twierdził", "claim"}
        }) {
            assertThat(GLOSSARY.pivot(word[0], ANALYZERS.foldedWords(word[1]).get(0)))
                    .as(word[0] + " " + word[1])
                    .isEqualTo(word[2]);
        }
        assertThat(GLOSSARY.size("en")).isGreaterThan(300);
    }

    @Test
    void featuresLeaveNamesToAnchorsAndReportingVerbsOut() {
        ClaimFeatures features = FEATURES.features(claim(
                "sv",
                "Ryska medier hävdar att USA släpper iväg IS-krigare från Raqqa.",
                List.of(
                        new ClaimExtracted.Entity("USA", EntityType.LOCATION, "United States"),
                        new ClaimExtracted.Entity("Raqqa", EntityType.LOCATION, "Raqqa"))));
        assertThat(features.textField()).isEqualTo("text_sv");
        assertThat(features.terms()).doesNotContain("usa", "raqqa", "havdar");
        assertThat(features.pivots()).contains("release", "fighter").doesNotContain("claim");
        assertThat(features.anchors())
                .contains("e:United States", "e:Raqqa", "q:40", "d:2017-11-13", "u:bbc.co.uk/news/raqqa", "h:bbc.co.uk")
                .noneMatch(anchor -> anchor.startsWith("q:1000"));
    }

    @Test
    void aNamesOwnWordsAreNoPivotsButTheWordsAMentionAddToItAre() {
        // "Security Council" is one anchor; its words as pivots too made one shared name look like rare shared content.
        ClaimFeatures council = FEATURES.features(claim(
                "en",
                "The Security Council has imposed sanctions on fighters.",
                List.of(new ClaimExtracted.Entity(
                        "Security Council", EntityType.ORGANIZATION, "United Nations Security Council"))));
        assertThat(council.pivots()).contains("fighter").doesNotContain("security", "municipality");
        // The mention "IS-soldater" is the Islamic State's, but "soldater" is no word of its name: it stays a pivot.
        ClaimFeatures swedish = FEATURES.features(claim(
                "sv",
                "IS-soldater lämnar Raqqa.",
                List.of(new ClaimExtracted.Entity("IS-soldater", EntityType.ORGANIZATION, "Islamic State"))));
        assertThat(swedish.pivots()).contains("fighter");
        ClaimFeatures unnamed = FEATURES.features(claim("en", "The security council met the fighters.", List.of()));
        assertThat(unnamed.pivots()).contains("security", "municipality", "fighter");
    }

    @Test
    void albanianIsFoldedAndLosesItsStopWords() {
        List<String> terms = ANALYZERS.terms("sq", "Luftëtarët e ISIS u larguan nga qyteti");
        assertThat(terms).contains("luftetaret", "larguan", "qyteti").doesNotContain("e", "nga", "u");
    }

    @Test
    void theTextKeyIgnoresCaseAccentsAndSpacing() {
        String a = FEATURES.features(claim("en", "Hundreds of families left.", List.of()))
                .textKey();
        String b = FEATURES.features(claim("en", "  HUNDREDS of   families left. ", List.of()))
                .textKey();
        assertThat(a).isEqualTo(b);
    }
}
