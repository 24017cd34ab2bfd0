package io.claimflow.engine.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimflow.contracts.event.ClaimExtracted.DateMention;
import io.claimflow.engine.pack.LanguageResources;
import org.junit.jupiter.api.Test;

/** Dates: ISO values as precise as the text. */
class DateParserTest {

    private final DateParser parser = new DateParser(LanguageResources.load());

    @Test
    void fullDatesBecomeIsoDays() {
        assertThat(parser.find("On November 13, 2017, and on 12 December, 2016, and den 13 november 2017.", "en"))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(
                        tuple("November 13, 2017", "2017-11-13"),
                        tuple("12 December, 2016", "2016-12-12"),
                        tuple("13 november 2017", "2017-11-13"));
    }

    @Test
    void monthsAndYearsKeepTheirPrecision() {
        assertThat(parser.find("In June 2014 and later in 2003, between July 2014 and November 2017.", "en"))
                .extracting(DateMention::value)
                .containsExactly("2014-06", "2003", "2014-07", "2017-11");
    }

    @Test
    void ordinaryWordsThatNameMonthsAreNotDates() {
        assertThat(parser.find("It may seem dubious, but they march on.", "en")).isEmpty();
    }

    @Test
    void aLanguageWithoutAPackReadsItsMonthsFromCldr() {
        assertThat(parser.find("Am 13. März 2017 und im Juni 2014 wurde es bekannt.", "de"))
                .extracting(DateMention::value)
                .containsExactly("2017-03-13", "2014-06");
        assertThat(parser.find("Le 13 février 2017, puis en déc. 2018.", "fr"))
                .extracting(DateMention::value)
                .containsExactly("2017-02-13", "2018-12");
        assertThat(parser.find("Это случилось 13 ноября 2017 года.", "ru"))
                .extracting(DateMention::value)
                .containsExactly("2017-11-13");
        assertThat(parser.find("Stało się to 13 listopada 2017 roku.", "pl"))
                .extracting(DateMention::value)
                .containsExactly("2017-11-13");
    }

    @Test
    void aPacksConnectorMayStandBetweenDayMonthAndYear() {
        assertThat(parser.find("El 13 de marzo de 2017 y en octubre de 2018 ocurrió, no de marzo.", "es"))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("13 de marzo de 2017", "2017-03-13"), tuple("octubre de 2018", "2018-10"));
        assertThat(parser.find("On 13 de March 2017.", "en"))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("March 2017", "2017-03"));
    }
}
