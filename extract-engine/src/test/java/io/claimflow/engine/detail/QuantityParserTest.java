package io.claimflow.engine.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimflow.contracts.event.ClaimExtracted.Quantity;
import io.claimflow.engine.pack.LanguageResources;
import org.junit.jupiter.api.Test;

/** Quantities: numbers per locale, number words, units and multipliers. */
class QuantityParserTest {

    private final QuantityParser parser = new QuantityParser(LanguageResources.load());

    @Test
    void readsNumbersAsTheLanguageWritesThem() {
        assertThat(parser.find("About 4,000 people left, all but about 500 of them fighters.", "en"))
                .extracting(Quantity::text, Quantity::value)
                .containsExactly(tuple("4,000", 4000.0), tuple("500", 500.0));
        assertThat(parser.find("Det finns omkring 70 000 terrorister i Idlib.", "sv"))
                .extracting(Quantity::value)
                .containsExactly(70000.0);
        assertThat(parser.find("Kanë vdekur 1.800 civilë.", "sq"))
                .extracting(Quantity::value)
                .containsExactly(1800.0);
        assertThat(parser.find("The rate was 1.800 at noon.", "en"))
                .extracting(Quantity::value)
                .containsExactly(1.8);
    }

    @Test
    void numberWordsUnitsAndMultipliers() {
        assertThat(parser.find("Hundreds of fighters and $2 billion and 50 percent.", "en"))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(
                        tuple("Hundreds", 100.0, null),
                        tuple("$2 billion", 2.0e9, "USD"),
                        tuple("50 percent", 50.0, "percent"));
    }

    @Test
    void aUnitOfTwoWordsIsReadWhole() {
        assertThat(parser.find("Prices rose 5 per cent in a year.", "en"))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(tuple("5 per cent", 5.0, "percent"));
        assertThat(parser.find("La disoccupazione è scesa del 12,5 per cento.", "it"))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(tuple("12,5 per cento", 12.5, "percent"));
    }

    @Test
    void yearsAndDayMonthPairsAreNotCounts() {
        assertThat(parser.find("In 2016 they published it on 11/10.", "en")).isEmpty();
        assertThat(parser.find("El 12 de octubre de 2017 salieron 300 de ellos.", "es"))
                .extracting(Quantity::value)
                .containsExactly(300.0);
    }

    @Test
    void aLanguageWithoutAPackReadsNumbersByItsCldrConventions() {
        assertThat(parser.find("Der Preis stieg um 40,9 Cent auf 1.250,5 Euro.", "de"))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(40.9, null), tuple(1250.5, "EUR"));
        assertThat(parser.find("Le chômage a baissé de 4,4 % et la dette atteint 3 200 milliards d'euros.", "fr"))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(4.4, "percent"), tuple(3.2e12, "EUR"));
        assertThat(parser.find("Deux millions de personnes et vingt ans plus tard.", "fr"))
                .extracting(Quantity::value)
                .containsExactly(2.0e6, 20.0);
        assertThat(parser.find("Ущерб составил 2,5 млрд рублей, или 15 процентов.", "ru"))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(2.5e9, "RUB"), tuple(15.0, "percent"));
        assertThat(parser.find("El 40,5 % de los votos, unos 3.200 millones de euros.", "es"))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(40.5, "percent"), tuple(3.2e9, null));
    }

    @Test
    void anArticleThatSpellsOneIsNotACount() {
        assertThat(parser.find("Un homme a dit une chose.", "fr")).isEmpty();
        assertThat(parser.find("Ein Mann sagte eine Sache.", "de")).isEmpty();
    }
}
