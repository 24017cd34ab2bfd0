package io.claimflow.engine.attribution;

import static io.claimflow.engine.TestEngine.analyze;
import static io.claimflow.engine.TestEngine.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.engine.DocumentAnalysis;
import org.junit.jupiter.api.Test;

/** Claimants as identities: the name without its titles, the role apart, one normalised form across documents. */
class ClaimantIdentityTest {

    private static void assertIdentity(
            DocumentAnalysis analysis, String prefix, String name, String role, String normalized) {
        Attribution attribution = sentence(analysis, prefix).attribution();
        assertThat(attribution.name()).as("name of: " + prefix).isEqualTo(name);
        assertThat(attribution.role()).as("role of: " + prefix).isEqualTo(role);
        assertThat(attribution.normalized()).as("normalized of: " + prefix).isEqualTo(normalized);
    }

    @Test
    void titlesAndRolesLeaveTheNameForTheRole() {
        assertIdentity(
                analyze("Labour MP Angela Rayner said the waiting lists had doubled since 2019."),
                "Labour MP",
                "Angela Rayner",
                "Labour MP",
                "angela rayner");
        assertIdentity(
                analyze("Dr. Helen Carter said the vaccine had been tested on 40,000 people."),
                "Dr.",
                "Helen Carter",
                "Dr.",
                "helen carter");
        assertIdentity(
                analyze("Statsminister Ulf Kristersson sa att arbetslösheten har ökat med 2 procent i år."),
                "Statsminister",
                "Ulf Kristersson",
                "Statsminister",
                "ulf kristersson");
    }

    @Test
    void anAdjectiveBeforeTheTitleIsNoPartOfTheRoleAndTheGazetteerGivesTheIdentity() {
        assertIdentity(
                analyze("Det är Rysslands saklige utrikesminister Lavrov som uppger att 300 soldater dog i maj."),
                "Det är",
                "Lavrov",
                "utrikesminister",
                "sergei lavrov");
    }

    @Test
    void titlesBeforeAPhraseThatStartsWithTheName() {
        DocumentAnalysis analysis = analyze("""
                Col. Gen. Anna Berg of the General Staff also questioned the motives of the coalition:
                “The coalition has struck government troops 40 times since 2016.”
                """);
        assertIdentity(analysis, "“The coalition", "Anna Berg", "Col. Gen.", "anna berg");
    }

    @Test
    void titlesInOtherLanguages() {
        assertIdentity(
                analyze("Bundeskanzler Olaf Scholz sagte, die Inflation sei im März auf 7,3 Prozent gestiegen."),
                "Bundeskanzler",
                "Olaf Scholz",
                "Bundeskanzler",
                "olaf scholz");
        assertIdentity(
                analyze("Selon le président Emmanuel Macron, le chômage a baissé de 4,4 % en 2022."),
                "Selon",
                "Emmanuel Macron",
                "président",
                "emmanuel macron");
        assertIdentity(
                analyze("По словам президента Владимира Путина, экономика выросла на 3 процента в 2022 году."),
                "По словам",
                "Владимира Путина",
                "президента",
                "владимира путина");
    }

    @Test
    void cyrillicTitlesBeforeTheName() {
        assertIdentity(
                analyze("Президент Владимир Путин заявил, что экономика выросла на 3 процента в 2022 году."),
                "Президент",
                "Владимир Путин",
                "Президент",
                "владимир путин");
    }

    @Test
    void surnameAloneTakesTheFullNamesIdentity() {
        DocumentAnalysis analysis = analyze("""
                Col. Gen. Sergei Surovikin said the coalition had opened safe corridors for 4,000 militants.
                Surovikin claimed in a briefing that the militants made a deal with the local forces in May.
                Sergei Surovikin later said that 300 fighters had left Raqqa in October 2017.
                """);
        assertIdentity(analysis, "Col. Gen.", "Sergei Surovikin", "Col. Gen.", "sergei surovikin");
        assertIdentity(analysis, "Surovikin claimed", "Sergei Surovikin", null, "sergei surovikin");
        assertIdentity(analysis, "Sergei Surovikin later", "Sergei Surovikin", null, "sergei surovikin");
    }

    @Test
    void acronymsTakeTheIdentityOfTheNameTheyStandFor() {
        DocumentAnalysis defined = analyze("""
                The Office for National Statistics (ONS) said unemployment rose to 4.2% in May.
                The ONS said that 1.3 million people were out of work in the spring.
                """);
        assertIdentity(defined, "The Office", "Office for National Statistics", null, "office for national statistics");
        assertIdentity(defined, "The ONS", "ONS", null, "office for national statistics");
        DocumentAnalysis reversed = analyze("""
                NIESR (National Institute of Economic and Social Research) said growth slowed to 0.2% in 2023.
                """);
        assertIdentity(reversed, "NIESR", "NIESR", null, "national institute of economic and social research");
        DocumentAnalysis gazetteer = analyze("The UN said that 4,000 refugees crossed the border in May 2017.");
        assertIdentity(gazetteer, "The UN", "UN", null, "united nations");
        DocumentAnalysis known = analyze("The ONS said unemployment rose to 4.2% in May, the highest since 2021.");
        assertIdentity(known, "The ONS", "ONS", null, "office for national statistics");
    }

    @Test
    void anonymousSourcesHaveNoIdentityAndMediaTheirFoldedName() {
        DocumentAnalysis analysis = analyze("""
                A security official said the convoy of 40 trucks left the city at night.
                Reuters reported that 4,000 people were evacuated in October 2017.
                """);
        assertThat(sentence(analysis, "A security").attribution().type()).isEqualTo(ClaimantType.ANONYMOUS);
        assertIdentity(analysis, "A security", "A security official", null, null);
        assertIdentity(analysis, "Reuters", "Reuters", null, "reuters");
    }

    @Test
    void theBylineNamesTheAuthorOfTheDocumentsOwnClaims() {
        DocumentAnalysis analysis = analyze("""
                Unemployment rises again
                By Marcus Lindqvist
                Unemployment rose to 8.4 percent in March, the highest level since 2015.
                """);
        assertThat(analysis.sentences()).noneMatch(s -> s.text().contains("Marcus"));
        Attribution own = sentence(analysis, "Unemployment rose").attribution();
        assertThat(own.type()).isEqualTo(ClaimantType.AUTHOR);
        assertIdentity(analysis, "Unemployment rose", "Marcus Lindqvist", null, "marcus lindqvist");
        DocumentAnalysis swedish = analyze("""
                Av Anna Svensson
                Arbetslösheten steg till 8,4 procent i mars, den högsta nivån sedan 2015.
                """);
        assertThat(swedish.sentences()).noneMatch(s -> s.text().contains("Anna"));
        assertIdentity(swedish, "Arbetslösheten", "Anna Svensson", null, "anna svensson");
    }

    @Test
    void withoutBylineTheAuthorIsUnknown() {
        DocumentAnalysis analysis =
                analyze("By Tuesday, the army had withdrawn 4,000 soldiers from the city, the highest since 2015.");
        assertIdentity(analysis, "By Tuesday", null, null, null);
    }
}
