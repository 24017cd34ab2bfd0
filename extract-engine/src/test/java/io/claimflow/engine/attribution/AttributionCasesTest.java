package io.claimflow.engine.attribution;

import static io.claimflow.engine.TestEngine.analyze;
import static io.claimflow.engine.TestEngine.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.engine.AnalyzedSentence;
import io.claimflow.engine.DocumentAnalysis;
import io.claimflow.engine.SourceDocument;
import io.claimflow.engine.TestEngine;
import org.junit.jupiter.api.Test;

/** Attribution cases found wrong in review (issue 16): appositives, trailing cues, posts, German and Russian. */
class AttributionCasesTest {

    private static void assertClaimant(AnalyzedSentence sentence, String name, ClaimantType type) {
        assertThat(sentence.attribution().name())
                .as("name of: " + sentence.text())
                .isEqualTo(name);
        assertThat(sentence.attribution().type())
                .as("type of: " + sentence.text())
                .isEqualTo(type);
    }

    @Test
    void anAppositiveBetweenNameAndVerbIsSkipped() {
        DocumentAnalysis analysis = analyze("Dr. Helen Carter, a virologist at the University of Leeds, said the "
                + "claim was false: the vaccine does not alter human DNA.");
        assertClaimant(sentence(analysis, "Dr."), "Helen Carter", ClaimantType.PERSON);
    }

    @Test
    void aTrailingAccordingToNamesTheSource() {
        DocumentAnalysis analysis = analyze("""
                The city spent 4 million dollars on the bridge in 2019, according to the city auditor.
                Rånaren flydde med 200 000 kronor i en svart bil, enligt polisen.
                """);
        assertClaimant(sentence(analysis, "The city"), "the city auditor", ClaimantType.ANONYMOUS);
        assertThat(sentence(analysis, "The city").attribution().cue()).isEqualTo("according to");
        assertClaimant(sentence(analysis, "Rånaren"), "polisen", ClaimantType.GOVERNMENT);
    }

    @Test
    void aPostOnSocialMediaIsAnAnonymousPostNotThePlatform() {
        DocumentAnalysis analysis =
                analyze("A viral post on Facebook claims the vaccine contains microchips that track 5 million people.");
        assertClaimant(sentence(analysis, "A viral"), "A viral post on Facebook", ClaimantType.ANONYMOUS);
    }

    @Test
    void anAgencyNamedByOrganisationWordsIsAnOrganisation() {
        DocumentAnalysis analysis =
                analyze("The Health Security Agency said 40 percent of the cases in 2022 were in London.");
        assertClaimant(sentence(analysis, "The Health"), "Health Security Agency", ClaimantType.ORGANIZATION);
    }

    @Test
    void germanSourcesAfterAnInterviewAndAmongSecurityCircles() {
        DocumentAnalysis analysis = analyze("""
                Im Interview sagte Scholz, die Regierung werde 2 Milliarden Euro für die Bahn ausgeben.
                Sicherheitskreisen zufolge verließen 300 Kämpfer im Oktober 2017 die Stadt.
                Nach Angaben des Ministeriums wurden 40 Soldaten verletzt.
                Ursula von der Leyen sagte, die Kommission werde 5 Milliarden Euro bereitstellen.
                """);
        assertClaimant(sentence(analysis, "Im Interview"), "Scholz", ClaimantType.PERSON);
        assertClaimant(sentence(analysis, "Sicherheitskreisen"), "Sicherheitskreisen", ClaimantType.ANONYMOUS);
        assertClaimant(sentence(analysis, "Nach Angaben"), "Ministeriums", ClaimantType.GOVERNMENT);
        assertClaimant(sentence(analysis, "Ursula"), "Ursula von der Leyen", ClaimantType.PERSON);
    }

    @Test
    void russianAndUkrainianNamesAfterTheirCuesArePeople() {
        DocumentAnalysis russian = TestEngine.get()
                .analyze(new SourceDocument(
                        "ru", "По словам Путина, в октябре 2017 года город покинули 4 000 боевиков.", "ru"));
        assertClaimant(sentence(russian, "По словам"), "Путина", ClaimantType.PERSON);
        DocumentAnalysis ukrainian = TestEngine.get()
                .analyze(new SourceDocument(
                        "uk", "За словами Зеленського, у жовтні 2022 року місто покинули 300 бойовиків.", "uk"));
        assertClaimant(sentence(ukrainian, "За словами"), "Зеленського", ClaimantType.PERSON);
    }

    @Test
    void aQuoteWithoutCueGoesOnWithTheSpeakerOfTheQuoteBefore() {
        DocumentAnalysis analysis = analyze("""
                “It’s a reflection of frustration and anger that people feel,” McCain said on Sunday.
                “A lot of it is justified because they have not seen their wages rise in 20 years.”
                The senate voted on Monday.
                """);
        assertClaimant(sentence(analysis, "“A lot"), "McCain", ClaimantType.PERSON);
        assertThat(sentence(analysis, "“A lot").attribution().quote()).isTrue();
        assertClaimant(sentence(analysis, "The senate"), null, ClaimantType.AUTHOR);
    }

    @Test
    void speakersFoundThroughAppositivesCoordinationPronounsAndDescriptions() {
        DocumentAnalysis analysis = analyze("""
                “We were wrong to wait for 20 years,” Jorge Ramos, 58, told AFP in an interview in Mexico City.
                The tax rose by 40 percent in 2015, which he said the mayor should repeal.
                The Arizona Republican spent 5 years in a prison and says such methods are inhumane.
                Assange has been detained since December 2010 and should be freed, the rights group says.
                """);
        assertClaimant(sentence(analysis, "“We were"), "Jorge Ramos", ClaimantType.PERSON);
        assertThat(sentence(analysis, "The Arizona").attribution().name()).isEqualTo("Arizona Republican");
        assertClaimant(sentence(analysis, "The tax"), "Jorge Ramos", ClaimantType.PERSON);
        assertClaimant(sentence(analysis, "Assange"), "rights group", ClaimantType.ORGANIZATION);
        DocumentAnalysis answer = analyze("""
                Sen. Ted Cruz spoke to 3,000 people in Reno on Sunday.
                “Denver will win by 10 points,” he answered.
                Voters stayed home in 2016 because they think 40 percent of the votes are rigged.
                Hillary Clinton posted a comment on Monday, saying 40 people had died in the fire.
                """);
        assertClaimant(sentence(answer, "“Denver"), "Ted Cruz", ClaimantType.PERSON);
        assertClaimant(sentence(answer, "Voters"), "they", ClaimantType.ANONYMOUS);
        assertClaimant(sentence(answer, "Hillary"), "Hillary Clinton", ClaimantType.PERSON);
    }

    @Test
    void aCueInsideTheQuoteIsNotTheSpeakers() {
        DocumentAnalysis analysis = analyze("“Everything that you have said and everything that I have said,” the "
                + "judge exclaimed, “has overlapped.”");
        assertClaimant(sentence(analysis, "“Everything"), "the judge", ClaimantType.ANONYMOUS);
    }
}
