package io.claimflow.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names fold to one identity whatever their case, accents and spacing. */
class NameFoldingTest {

    @Test
    void foldsCaseAccentsAndSpaces() {
        assertThat(NameFolding.fold("  Ulf\u00a0 KRISTERSSON ")).isEqualTo("ulf kristersson");
        assertThat(NameFolding.fold("François Bayrou")).isEqualTo("francois bayrou");
        assertThat(NameFolding.fold("Jonas Gahr Støre")).isEqualTo("jonas gahr store");
        assertThat(NameFolding.fold("Straße")).isEqualTo("strasse");
        assertThat(NameFolding.fold("O’Brien")).isEqualTo(NameFolding.fold("O'Brien"));
        assertThat(NameFolding.fold("Владимир Путин")).isEqualTo("владимир путин");
        assertThat(NameFolding.fold(null)).isNull();
    }
}
