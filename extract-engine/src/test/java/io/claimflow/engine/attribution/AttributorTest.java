package io.claimflow.engine.attribution;

import static io.claimflow.engine.TestEngine.analyze;
import static io.claimflow.engine.TestEngine.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.engine.AnalyzedSentence;
import io.claimflow.engine.DocumentAnalysis;
import org.junit.jupiter.api.Test;

/** Attribution: cues, claimants, quotes and references back to named speakers, in English and Swedish. */
class AttributorTest {

    private static void assertAttribution(
            AnalyzedSentence sentence, String name, ClaimantType type, String cue, boolean quote) {
        Attribution attribution = sentence.attribution();
        assertThat(attribution.name()).as("name of: " + sentence.text()).isEqualTo(name);
        assertThat(attribution.type()).as("type of: " + sentence.text()).isEqualTo(type);
        assertThat(attribution.cue()).as("cue of: " + sentence.text()).isEqualTo(cue);
        assertThat(attribution.quote()).as("quote of: " + sentence.text()).isEqualTo(quote);
    }

    @Test
    void namedSpeakerIsFollowedThroughSurnameDescriptionAndPronoun() {
        DocumentAnalysis analysis = analyze("""
                Col. Gen. Ivan Petrov “accused the coalition of providing safe corridors to the militants,” \
                the agency reported Friday.
                Petrov claimed in a briefing that the militants made a deal with the local forces.
                The general claimed the local forces “collude with the leaders of the group.”
                According to Petrov, “there is an impression that the group is being used.”
                He also said the strikes had killed 60 soldiers in September 2016.
                """);
        assertAttribution(sentence(analysis, "Col. Gen."), "Ivan Petrov", ClaimantType.PERSON, "accused", true);
        assertAttribution(
                sentence(analysis, "Petrov claimed"),
                "Ivan Petrov",
                ClaimantType.PERSON,
                "claimed in a briefing",
                false);
        assertAttribution(sentence(analysis, "The general"), "Ivan Petrov", ClaimantType.PERSON, "claimed", true);
        assertAttribution(sentence(analysis, "According to"), "Ivan Petrov", ClaimantType.PERSON, "According to", true);
        assertAttribution(sentence(analysis, "He also said"), "Ivan Petrov", ClaimantType.PERSON, "said", false);
    }

    @Test
    void speakerNamedAfterTheQuote() {
        DocumentAnalysis analysis = analyze(
                "“Agreement was reached for the fighters to leave, about 4,000 people,” the defector said, as quoted "
                        + "by Reuters.");
        assertAttribution(sentence(analysis, "“Agreement"), "the defector", ClaimantType.ANONYMOUS, "said", true);
    }

    @Test
    void quoteThatSpansSentencesBelongsToTheSpeakerThatIntroducesIt() {
        DocumentAnalysis analysis = analyze("""
                Gen. Anna Berg of the General Staff also questioned the motives of the coalition:
                “Having declared the goal of fighting terrorism, the coalition strikes government troops. \
                It raises a question why they do it.”
                The army withdrew in 2017.
                """);
        assertAttribution(sentence(analysis, "“Having"), "Anna Berg", ClaimantType.PERSON, "questioned", true);
        assertAttribution(sentence(analysis, "It raises"), "Anna Berg", ClaimantType.PERSON, "questioned", true);
        assertAttribution(sentence(analysis, "The army"), null, ClaimantType.AUTHOR, null, false);
    }

    @Test
    void kindsOfClaimant() {
        DocumentAnalysis analysis = analyze("""
                As Example News notes, the city was bombed for forty days.
                Russia accused the coalition of providing air cover to the militants.
                A security official said the convoy left the city at night.
                The Syrian Observatory for Human Rights confirms that the agreement has happened.
                The report stated that 40,000 items were recovered along the front lines.
                As we noted, the strikes continued for a month.
                """);
        assertAttribution(sentence(analysis, "As Example"), "Example News", ClaimantType.MEDIA, "As … notes", false);
        assertAttribution(sentence(analysis, "Russia"), "Russia", ClaimantType.GOVERNMENT, "accused", false);
        assertAttribution(
                sentence(analysis, "A security"), "A security official", ClaimantType.ANONYMOUS, "said", false);
        assertAttribution(
                sentence(analysis, "The Syrian"),
                "Syrian Observatory for Human Rights",
                ClaimantType.ORGANIZATION,
                "confirms",
                false);
        assertAttribution(sentence(analysis, "The report"), "report", ClaimantType.ANONYMOUS, "stated", false);
        assertAttribution(sentence(analysis, "As we"), null, ClaimantType.AUTHOR, "As … noted", false);
    }

    @Test
    void swedishReportingVerbsComeFromTheSwedishPack() {
        DocumentAnalysis analysis = analyze("""
                Ryska televisionen hävdar att soldaterna flögs till Deir Ezzor för att strida mot armén.
                Det är utrikesminister Lavrov som uppger att trupperna lämnade staden under natten.
                Enligt försvarsdepartementet lämnade omkring 4 000 soldater staden i oktober.
                Det hävdas också att soldaterna bussades från staden efter ett avtal med koalitionen.
                """);
        assertAttribution(sentence(analysis, "Ryska"), "Ryska televisionen", ClaimantType.MEDIA, "hävdar", false);
        assertAttribution(sentence(analysis, "Det är"), "Lavrov", ClaimantType.PERSON, "uppger", false);
        assertAttribution(
                sentence(analysis, "Enligt"), "försvarsdepartementet", ClaimantType.GOVERNMENT, "Enligt", false);
        assertAttribution(sentence(analysis, "Det hävdas"), null, ClaimantType.ANONYMOUS, "hävdas", false);
    }

    @Test
    void aNameConnectorBetweenTwoNameWordsStaysInTheNameAndAPrepositionEndsIt() {
        DocumentAnalysis analysis = analyze("""
                Osama bin Laden said the group would fight on for ten years.
                Defence Minister Ben Wallace of Britain said the convoy left the city at night.
                He added that the fighters had been paid.
                """);
        assertAttribution(sentence(analysis, "Osama"), "Osama bin Laden", ClaimantType.PERSON, "said", false);
        assertAttribution(sentence(analysis, "Defence"), "Ben Wallace", ClaimantType.PERSON, "said", false);
        assertAttribution(sentence(analysis, "He added"), "Ben Wallace", ClaimantType.PERSON, "added", false);
    }

    @Test
    void theSourceSpanPointsAtTheMentionInTheSubmittedText() {
        String text = "## Title\n\nAlmost a month later, Reuters reported that the number was in the thousands.";
        AnalyzedSentence sentence = sentence(analyze(text), "Almost");
        assertThat(text.substring(sentence.source().start(), sentence.source().end()))
                .isEqualTo("Reuters");
    }
}
