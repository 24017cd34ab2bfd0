package io.claimflow.engine.pack;

import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.engine.pack.PackSentences.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Italian, Portuguese, Dutch and Polish packs on sentences written for them: a direct quote with its speaker, an
 * "according to" cue, a title before a name, a number in the language's format and a date. Names stay as written.
 */
class ItalianPortugueseDutchPolishPackTest {

    private static final ClaimantType PERSON = ClaimantType.PERSON;
    private static final ClaimantType GOVERNMENT = ClaimantType.GOVERNMENT;
    private static final ClaimantType MEDIA = ClaimantType.MEDIA;

    static Stream<Case> italian() {
        String mattarella = "«La disoccupazione è scesa del 12,5 per cento dal 13 marzo 2017», ha detto il presidente "
                + "Sergio Mattarella a Roma.\nLui ha aggiunto che il debito superava i 1.500 milioni di euro.";
        return Stream.of(
                new Case(
                        "it",
                        mattarella,
                        "«La",
                        "Sergio Mattarella",
                        PERSON,
                        "ha detto",
                        true,
                        12.5,
                        "2017-03-13",
                        null),
                new Case("it", mattarella, "Lui", "Sergio Mattarella", PERSON, "ha aggiunto", false, 1.5e9, null, null),
                new Case(
                        "it",
                        "Secondo il ministero della Difesa, centinaia di combattenti hanno lasciato la città in "
                                + "ottobre 2017.",
                        "Secondo",
                        "ministero della Difesa",
                        GOVERNMENT,
                        "Secondo",
                        false,
                        100.0,
                        "2017-10",
                        null),
                new Case(
                        "it",
                        "Fonti anonime hanno riferito che 250 miliziani sono partiti con le famiglie.",
                        "Fonti",
                        "Fonti anonime",
                        ClaimantType.ANONYMOUS,
                        "hanno riferito",
                        false,
                        250.0,
                        null,
                        null),
                new Case(
                        "it",
                        "Secondo l'ANSA, il convoglio trasportava 4.000 persone.",
                        "Secondo",
                        "l'ANSA",
                        MEDIA,
                        "Secondo",
                        false,
                        4000.0,
                        null,
                        null),
                new Case(
                        "it",
                        "Il dott. Marco Rossi ha dichiarato che 2.500 civili sono stati evacuati dal sig. Bianchi "
                                + "verso Tabqa.",
                        "Il dott.",
                        "Marco Rossi",
                        PERSON,
                        "ha dichiarato",
                        false,
                        2500.0,
                        null,
                        "verso Tabqa."));
    }

    static Stream<Case> portuguese() {
        String lula = "«O desemprego caiu 12,5% desde 13 de março de 2017 e a inflação está sob controle», disse o "
                + "presidente Luiz Inácio Lula da Silva em Brasília.\nEle acrescentou que a dívida ultrapassava 1,5 "
                + "bilhão de dólares.";
        return Stream.of(
                new Case(
                        "pt", lula, "«O", "Luiz Inácio Lula da Silva", PERSON, "disse", true, 12.5, "2017-03-13", null),
                new Case(
                        "pt",
                        lula,
                        "Ele",
                        "Luiz Inácio Lula da Silva",
                        PERSON,
                        "acrescentou",
                        false,
                        1.5e9,
                        null,
                        null),
                new Case(
                        "pt",
                        "Segundo o Ministério da Defesa, centenas de combatentes deixaram a cidade em outubro de 2017.",
                        "Segundo",
                        "Ministério da Defesa",
                        GOVERNMENT,
                        "Segundo",
                        false,
                        100.0,
                        "2017-10",
                        null),
                new Case(
                        "pt",
                        "De acordo com o jornal Expresso, o comboio transportava 4.000 pessoas.",
                        "De acordo",
                        "jornal Expresso",
                        MEDIA,
                        "De acordo com",
                        false,
                        4000.0,
                        null,
                        null),
                new Case(
                        "pt",
                        "A Exma. Sra. Ana Costa afirmou que 2.500 civis foram retirados para Tabqa.",
                        "A Exma.",
                        "Ana Costa",
                        PERSON,
                        "afirmou",
                        false,
                        2500.0,
                        null,
                        "para Tabqa."));
    }

    static Stream<Case> dutch() {
        String rutte = "„De werkloosheid is sinds 13 maart 2017 met 12,5 procent gedaald”, zei premier Mark Rutte.\n"
                + "Hij voegde eraan toe dat de schuld 1,5 miljard euro bedroeg.";
        return Stream.of(
                new Case("nl", rutte, "„De", "Mark Rutte", PERSON, "zei", true, 12.5, "2017-03-13", null),
                new Case("nl", rutte, "Hij", "Mark Rutte", PERSON, "voegde eraan toe", false, 1.5e9, null, null),
                new Case(
                        "nl",
                        "Volgens Defensie verlieten in oktober 2017 honderden strijders de stad.",
                        "Volgens",
                        "Defensie",
                        GOVERNMENT,
                        "Volgens",
                        false,
                        100.0,
                        "2017-10",
                        null),
                new Case(
                        "nl",
                        "Het konvooi vervoerde 4.000 mensen, aldus de Volkskrant.",
                        "Het konvooi",
                        "Volkskrant",
                        MEDIA,
                        "aldus",
                        false,
                        4000.0,
                        null,
                        null),
                new Case(
                        "nl",
                        "Dhr. Jan de Vries verklaarde dat 2.500 burgers werden geëvacueerd, o.a. naar Tabqa.",
                        "Dhr.",
                        "Jan de Vries",
                        PERSON,
                        "verklaarde",
                        false,
                        2500.0,
                        null,
                        "naar Tabqa."));
    }

    static Stream<Case> polish() {
        String tusk = "„Bezrobocie spadło o 12,5 proc. od 13 marca 2017 r.” – powiedział premier Donald Tusk w "
                + "Warszawie.\nPremier dodał, że dług przekroczył 1,5 mld zł.";
        return Stream.of(
                new Case(
                        "pl", tusk, "„Bezrobocie", "Donald Tusk", PERSON, "powiedział", true, 12.5, "2017-03-13", null),
                new Case("pl", tusk, "Premier", "Donald Tusk", PERSON, "dodał", false, 1.5e9, null, null),
                new Case(
                        "pl",
                        "Według Ministerstwa Obrony Narodowej w październiku 2017 r. miasto opuściło 4 tys. "
                                + "bojowników.",
                        "Według",
                        "Ministerstwa Obrony Narodowej",
                        GOVERNMENT,
                        "Według",
                        false,
                        4000.0,
                        "2017-10",
                        null),
                new Case(
                        "pl",
                        "Według prezydenta Andrzeja Dudy porozumienie zostało zawarte 12 października 2017 r.",
                        "Według",
                        "Andrzeja Dudy",
                        PERSON,
                        "Według",
                        false,
                        null,
                        "2017-10-12",
                        null),
                new Case(
                        "pl",
                        "Jak podaje PAP, konwój przewoził 2500 osób.",
                        "Jak",
                        "PAP",
                        MEDIA,
                        "Jak podaje",
                        false,
                        2500.0,
                        null,
                        null),
                new Case(
                        "pl",
                        "Prof. Jan Kowalski stwierdził, że setki bojowników tzw. Państwa Islamskiego opuściły miasto.",
                        "Prof.",
                        "Jan Kowalski",
                        PERSON,
                        "stwierdził",
                        false,
                        100.0,
                        null,
                        "opuściły miasto."));
    }

    @ParameterizedTest
    @MethodSource({"italian", "portuguese", "dutch", "polish"})
    void readsTheClaimantNumberAndDate(Case c) {
        c.check();
    }
}
