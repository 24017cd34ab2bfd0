package io.claimflow.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimantNamesTest {

    @Test
    void foldsCaseAccentsAndLettersWithoutADecomposition() {
        assertThat(ClaimantNames.fold("  Chômage  Élevé ")).isEqualTo("chomage eleve");
        assertThat(ClaimantNames.fold("Łukasz Ørsted-Straße")).isEqualTo("lukasz orsted-strasse");
        assertThat(ClaimantNames.fold("ПУТИН Йосип")).isEqualTo("путин иосип");
        assertThat(ClaimantNames.fold("İstanbul")).isEqualTo("istanbul");
        assertThat(ClaimantNames.fold("  Ulf\u00a0 KRISTERSSON ")).isEqualTo("ulf kristersson");
        assertThat(ClaimantNames.fold("Jonas Gahr Støre")).isEqualTo("jonas gahr store");
        assertThat(ClaimantNames.fold("O’Brien")).isEqualTo(ClaimantNames.fold("O'Brien"));
        assertThat(ClaimantNames.fold(" ")).isNull();
        assertThat(ClaimantNames.fold(null)).isNull();
    }

    @Test
    void partsAreTheDistinctWordsOfTheFoldedName() {
        assertThat(ClaimantNames.parts("Daniel  Hargreaves")).containsExactly("daniel", "hargreaves");
        assertThat(ClaimantNames.parts("Office for National Statistics (ONS)"))
                .containsExactly("for", "national", "office", "ons", "statistics");
        assertThat(ClaimantNames.parts("Jean-Luc Mélenchon")).containsExactly("jean", "luc", "melenchon");
        assertThat(ClaimantNames.parts(null)).isEmpty();
    }
}
