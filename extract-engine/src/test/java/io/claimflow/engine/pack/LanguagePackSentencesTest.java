package io.claimflow.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.engine.pack.PackSentences.Case;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each language pack on sentences written for it: a direct quote with its speaker, an "according to" cue, a title
 * before a name, a number in the language's format and a date. Names are recorded as written ("Путина").
 */
class LanguagePackSentencesTest {

    private static final ClaimantType PERSON = ClaimantType.PERSON;

    static Stream<Case> cases() {
        String scholz = "„Wir werden die Hilfen für die Flüchtlinge bis zum Ende des Jahres um 40,9 Prozent erhöhen“, "
                + "sagte Bundeskanzler Olaf Scholz am 13. März 2023.\n"
                + "Er sagte außerdem, die Regierung habe 1,5 Millionen Euro für die Flüchtlinge bereitgestellt.";
        String macron = "« Le chômage a baissé de 4,4 % depuis le 13 mars 2017 », a déclaré Emmanuel Macron à Paris.\n"
                + "Il a ajouté que la dette atteignait 3 200 milliards d'euros.";
        String sanchez = "«El paro bajó un 12,5 % desde el 13 de marzo de 2017», dijo el presidente Pedro Sánchez en "
                + "Madrid.\nÉl añadió que la deuda superaba los 1.500 millones de euros.";
        String peskov = "Пресс-секретарь Кремля Дмитрий Песков сообщил, что расходы выросли на 1,5 млрд рублей.\n"
                + "Г-н Иванов сказал, что т. е. колонна покинула город ночью.";
        return Stream.of(
                new Case("de", scholz, "„Wir", "Olaf Scholz", PERSON, "sagte", true, 40.9, "2023-03-13", null),
                new Case("de", scholz, "Er sagte", "Olaf Scholz", PERSON, "sagte", false, 1.5e6, null, null),
                new Case(
                        "de",
                        "Laut dem Verteidigungsministerium verließen im Oktober 2017 rund 4.000 Kämpfer die Stadt.",
                        "Laut",
                        "Verteidigungsministerium",
                        ClaimantType.GOVERNMENT,
                        "Laut",
                        false,
                        4000.0,
                        "2017-10",
                        null),
                new Case(
                        "de",
                        "Nach Angaben des Verteidigungsministeriums verließen 250 Kämpfer die Stadt.",
                        "Nach",
                        "Verteidigungsministeriums",
                        ClaimantType.GOVERNMENT,
                        "Nach Angaben des",
                        false,
                        250.0,
                        null,
                        null),
                new Case(
                        "de",
                        "Dr. Hans Weber erklärte am Montag, dass Hunderte Zivilisten z. B. in Rakka geblieben seien.",
                        "Dr.",
                        "Hans Weber",
                        PERSON,
                        "erklärte am Montag",
                        false,
                        100.0,
                        null,
                        "geblieben seien."),
                new Case("fr", macron, "« Le", "Emmanuel Macron", PERSON, "a déclaré", true, 4.4, "2017-03-13", null),
                new Case("fr", macron, "Il a", "Emmanuel Macron", PERSON, "a ajouté", false, 3.2e12, null, null),
                new Case(
                        "fr",
                        "Selon le ministère de la Défense, des centaines de combattants ont quitté la ville en "
                                + "octobre 2017.",
                        "Selon",
                        "ministère de la Défense",
                        ClaimantType.GOVERNMENT,
                        "Selon",
                        false,
                        100.0,
                        "2017-10",
                        null),
                new Case(
                        "fr",
                        "D'après l'AFP, le convoi transportait 4 000 personnes.",
                        "D'après",
                        "l'AFP",
                        ClaimantType.MEDIA,
                        "D'après",
                        false,
                        4000.0,
                        null,
                        null),
                new Case(
                        "fr",
                        "M. Jean Dupont affirme que 2 500 civils ont été évacués, p. ex. vers Tabqa.",
                        "M.",
                        "Jean Dupont",
                        PERSON,
                        "affirme",
                        false,
                        2500.0,
                        null,
                        "vers Tabqa."),
                new Case("es", sanchez, "«El", "Pedro Sánchez", PERSON, "dijo", true, 12.5, "2017-03-13", null),
                new Case("es", sanchez, "Él", "Pedro Sánchez", PERSON, "añadió", false, 1.5e9, null, null),
                new Case(
                        "es",
                        "Según el Ministerio de Defensa, cientos de combatientes abandonaron la ciudad en octubre de "
                                + "2017.",
                        "Según",
                        "Ministerio de Defensa",
                        ClaimantType.GOVERNMENT,
                        "Según",
                        false,
                        100.0,
                        "2017-10",
                        null),
                new Case(
                        "es",
                        "El Sr. Juan García ha declarado que 2.500 civiles fueron evacuados hacia Tabqa.",
                        "El Sr.",
                        "Juan García",
                        PERSON,
                        "ha declarado",
                        false,
                        2500.0,
                        null,
                        "hacia Tabqa."),
                new Case(
                        "ru",
                        "«Цены выросли на 40,9 процента с 13 марта 2023 года», — заявил Путин.",
                        "«Цены",
                        "Путин",
                        PERSON,
                        "заявил",
                        true,
                        40.9,
                        "2023-03-13",
                        null),
                new Case(
                        "ru",
                        "По словам Путина, в октябре 2017 года из города вышли 4 000 боевиков.",
                        "По",
                        "Путина",
                        PERSON,
                        "По словам",
                        false,
                        4000.0,
                        "2017-10",
                        null),
                new Case(
                        "ru",
                        "Согласно данным Минобороны, погибли 120 человек.",
                        "Согласно",
                        "Минобороны",
                        ClaimantType.GOVERNMENT,
                        "Согласно данным",
                        false,
                        120.0,
                        null,
                        null),
                new Case("ru", peskov, "Пресс", "Дмитрий Песков", PERSON, "сообщил", false, 1.5e9, null, null),
                new Case("ru", peskov, "Г-н", "Иванов", PERSON, "сказал", false, null, null, "ночью."),
                new Case(
                        "uk",
                        "«Ми звільнили 12,5 відсотка території з 24 лютого 2023 року», — заявив Зеленський.",
                        "«Ми",
                        "Зеленський",
                        PERSON,
                        "заявив",
                        true,
                        12.5,
                        "2023-02-24",
                        null),
                new Case(
                        "uk",
                        "За словами Зеленського, у жовтні 2022 року з міста виїхали 2 500 цивільних.",
                        "За",
                        "Зеленського",
                        PERSON,
                        "За словами",
                        false,
                        2500.0,
                        "2022-10",
                        null),
                new Case(
                        "uk",
                        "Міністр оборони Олексій Резніков сказав, що витрати зросли на 1,5 млрд гривень.",
                        "Міністр",
                        "Олексій Резніков",
                        PERSON,
                        "сказав",
                        false,
                        1.5e9,
                        null,
                        null));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsTheClaimantNumberAndDate(Case c) {
        c.check();
    }

    @Test
    void germanCapitalisedNounsAreNoNamesButTitledNamesAndOrganisationsAre() {
        List<ClaimExtracted.Entity> entities =
                PackSentences.read("de", """
                        Der Anteil stieg im Jahr 2023 deutlich, teilte das Robert Koch Institut mit, \
                        sagte Bundeskanzler Olaf Scholz.
                        """).claim("Der Anteil").entities();
        assertThat(entities).extracting(ClaimExtracted.Entity::text).doesNotContain("Der Anteil", "Jahr");
        assertThat(entities)
                .extracting(ClaimExtracted.Entity::text, ClaimExtracted.Entity::type)
                .contains(
                        tuple("Robert Koch Institut", EntityType.ORGANIZATION),
                        tuple("Olaf Scholz", EntityType.PERSON));
    }
}
