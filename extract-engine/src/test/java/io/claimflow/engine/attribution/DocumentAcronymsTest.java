package io.claimflow.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Acronyms a document defines in parentheses, the name first or the acronym first. */
class DocumentAcronymsTest {

    @Test
    void definitionsEitherWayRound() {
        assertThat(DocumentAcronyms.in("Figures from the Office for National Statistics (ONS) show it."))
                .containsEntry("ONS", "Office for National Statistics");
        assertThat(DocumentAcronyms.in("ONS (Office for National Statistics) figures show it."))
                .containsEntry("ONS", "Office for National Statistics");
        assertThat(DocumentAcronyms.in("Enligt Myndigheten för Samhällsskydd och Beredskap (MSB) är det så."))
                .containsEntry("MSB", "Myndigheten för Samhällsskydd och Beredskap");
    }

    @Test
    void parenthesesThatDefineNothing() {
        assertThat(DocumentAcronyms.in("When ISIS (then known as al-Qaeda in Iraq) was pushed out."))
                .isEmpty();
        assertThat(DocumentAcronyms.in("colluding with the Islamic State (ISIS) in Syria."))
                .isEmpty();
        assertThat(DocumentAcronyms.in("The report (ONS) was late.")).isEmpty();
        assertThat(DocumentAcronyms.in("No parentheses at all.")).isEmpty();
    }
}
