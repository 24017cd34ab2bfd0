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
    void yearsAndDayMonthPairsAreNotCounts() {
        assertThat(parser.find("In 2016 they published it on 11/10.", "en")).isEmpty();
    }
}
