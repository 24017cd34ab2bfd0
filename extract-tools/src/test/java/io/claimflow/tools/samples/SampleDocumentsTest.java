package io.claimflow.tools.samples;

import static io.claimflow.engine.TestEngine.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.engine.AnalyzedSentence;
import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.DocumentAnalysis;
import io.claimflow.engine.SourceDocument;
import io.claimflow.engine.TestEngine;
import io.claimflow.engine.claim.SentenceKind;
import io.claimflow.tools.SharedFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key claims and claimants of the shared sample documents; skipped where the samples are absent. */
class SampleDocumentsTest {

    private final ClaimflowEngine engine = TestEngine.get();

    private static ClaimExtracted claim(List<ClaimExtracted> claims, String prefix) {
        return claims.stream()
                .filter(claim -> claim.text().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim starts with: " + prefix));
    }

    private List<ClaimExtracted> claims(String sample) {
        return engine.extract(new SourceDocument(sample, SharedFixtures.sample(sample), null))
                .claims();
    }

    @Test
    void russianGeneralsArticle() {
        List<ClaimExtracted> claims = claims("004_");
        ClaimExtracted accusation = claim(claims, "Col. Gen. Sergei Surovikin");
        assertThat(accusation.claimant())
                .isEqualTo(new ClaimExtracted.Claimant(
                        "Sergei Surovikin", ClaimantType.PERSON, true, "Col. Gen.", "sergei surovikin"));
        assertThat(accusation.cue()).isEqualTo("accused");
        assertThat(claim(claims, "Surovikin claimed").cue()).isEqualTo("claimed in a briefing");
        assertThat(claim(claims, "Surovikin claimed").claimant().name()).isEqualTo("Sergei Surovikin");
        assertThat(claim(claims, "Surovikin claimed").claimant().normalized()).isEqualTo("sergei surovikin");
        assertThat(claim(claims, "The general claimed").claimant().name()).isEqualTo("Sergei Surovikin");
        assertThat(claim(claims, "According to Surovikin").cue()).isEqualTo("According to");
        assertThat(claim(claims, "“Having declared").claimant())
                .isEqualTo(new ClaimExtracted.Claimant(
                        "Sergei Rudskoi", ClaimantType.PERSON, true, "Col. Gen.", "sergei rudskoi"));
        assertThat(claims)
                .noneMatch(claim ->
                        claim.text().contains("Report a typo") || claim.text().equals("Source"));
    }

    @Test
    void raqqaDealArticle() {
        List<ClaimExtracted> claims = claims("001_");
        ClaimExtracted bbc = claim(claims, "On November 13, 2017");
        assertThat(bbc.dates()).extracting(ClaimExtracted.DateMention::value).contains("2017-11-13");
        assertThat(bbc.entities())
                .extracting(ClaimExtracted.Entity::normalized)
                .contains("United States", "Islamic State", "Raqqa");
        ClaimExtracted defector = claim(claims, "“Agreement was reached");
        assertThat(defector.claimant())
                .isEqualTo(new ClaimExtracted.Claimant("the defector", ClaimantType.ANONYMOUS, true, null, null));
        assertThat(defector.quantities())
                .extracting(ClaimExtracted.Quantity::value)
                .contains(4000.0, 500.0);
        assertThat(claim(claims, "Almost a month later").claimant().type()).isEqualTo(ClaimantType.MEDIA);
        // The sign-off "By Darius Shahtahmasebi" names the author of the article's own claims.
        assertThat(claims)
                .filteredOn(claim -> claim.claimant().type() == ClaimantType.AUTHOR)
                .isNotEmpty()
                .allSatisfy(claim -> assertThat(claim.claimant().normalized()).isEqualTo("darius shahtahmasebi"));
        assertThat(claim(claims, "Russia accused the U.S. coalition").claimant())
                .isEqualTo(new ClaimExtracted.Claimant("Russia", ClaimantType.GOVERNMENT, false, null, "russia"));
        assertThat(claim(claims, "In June 2014").dates())
                .extracting(ClaimExtracted.DateMention::value)
                .containsExactly("2014-06");
        assertThat(claims)
                .noneMatch(claim ->
                        claim.text().startsWith("By Darius") || claim.text().startsWith("This article"));
    }

    @Test
    void listArticleWithCommentWidget() {
        DocumentAnalysis analysis = engine.analyze(new SourceDocument("002", SharedFixtures.sample("002_"), null));
        assertThat(sentence(analysis, "12 December, 2016").kind()).isEqualTo(SentenceKind.HEADING);
        assertThat(analysis.sentences())
                .noneMatch(s -> s.text().contains("commenting using")
                        || s.text().contains("Leave a Reply")
                        || s.text().contains("Follow us"));
        assertThat(sentence(analysis, "ISIS was a vicious force").span().start())
                .isPositive();
        List<ClaimExtracted> claims = claims("002_");
        assertThat(claim(claims, "In the attack on Mosul").dates())
                .extracting(ClaimExtracted.DateMention::value)
                .containsExactly("2016-10");
    }

    @Test
    void swedishArticleWithEnglishQuotes() {
        DocumentAnalysis analysis = engine.analyze(new SourceDocument("003", SharedFixtures.sample("003_"), null));
        assertThat(analysis.language()).isEqualTo("sv");
        AnalyzedSentence television = sentence(analysis, "Ryska televisionen hävdar");
        assertThat(television.language()).isEqualTo("sv");
        assertThat(television.attribution().type()).isEqualTo(ClaimantType.MEDIA);
        assertThat(television.attribution().cue()).isEqualTo("hävdar");
        assertThat(sentence(analysis, "Det är Rysslands").attribution().name()).isEqualTo("Lavrov");
        assertThat(sentence(analysis, "Det är Rysslands").attribution().role()).isEqualTo("utrikesminister");
        assertThat(sentence(analysis, "Det är Rysslands").attribution().normalized())
                .isEqualTo("sergei lavrov");
        AnalyzedSentence observatory = sentence(analysis, "«The Syrian Observatory");
        assertThat(observatory.language()).isEqualTo("en");
        assertThat(observatory.attribution().name()).isEqualTo("Syrian Observatory for Human Rights");
        assertThat(observatory.attribution().quote()).isTrue();
        assertThat(sentence(analysis, "Men även utländska").attribution().name())
                .isEqualTo("SvT");
        assertThat(analysis.sentences()).noneMatch(s -> s.text().contains("a>"));
    }

    @Test
    void forumRepostWithBreadcrumbAndLinks() {
        DocumentAnalysis analysis = engine.analyze(new SourceDocument("000", SharedFixtures.sample("000_"), null));
        AnalyzedSentence title = sentence(analysis, "Si u lan 40 makina");
        assertThat(title.language()).isEqualTo("sq");
        assertThat(title.kind()).isEqualTo(SentenceKind.HEADING);
        assertThat(analysis.language()).isEqualTo("en");
        assertThat(analysis.sentences())
                .noneMatch(s -> s.text().startsWith("Authored by")
                        || s.text().startsWith("Vidjo")
                        || s.text().startsWith("http"));
        AnalyzedSentence footage = sentence(analysis, "Video footage obtained by Al-Masdar appears to show");
        assertThat(footage.citations()).containsExactly("https://mobile.almasdarnews.com/arti...-army-instead/");
        assertThat(sentence(analysis, "As Al-Masdar notes").attribution().type())
                .isEqualTo(ClaimantType.MEDIA);
        assertThat(sentence(analysis, "Iran claims").attribution().type()).isEqualTo(ClaimantType.GOVERNMENT);
        // "Authored by Darius Shahtamasebi via TheAntiMedia.org," after the title: the author of the post's own claims.
        assertThat(analysis.sentences())
                .filteredOn(s -> s.attribution().type() == ClaimantType.AUTHOR)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.attribution().name()).isEqualTo("Darius Shahtamasebi"));
    }
}
