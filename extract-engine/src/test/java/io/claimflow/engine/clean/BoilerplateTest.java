package io.claimflow.engine.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.pack.LanguageResources;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inline expressions' first characters let a line without any of them skip the search, and only then. */
class BoilerplateTest {

    @Test
    void firstCharactersOfLiteralStarts() {
        assertThat(Boilerplate.firstCharacters(List.of("^\\([\\p{Lu} .\\-]{3,30}\\)\\s*", "\\[(?:sic|link)\\]")))
                .isEqualTo("([");
        assertThat(Boilerplate.firstCharacters(List.of())).isEmpty();
    }

    @Test
    void noFirstCharactersWhenAnExpressionCanStartOtherwise() {
        assertThat(Boilerplate.firstCharacters(List.of("\\[sic\\]", "via .*"))).isNull();
        assertThat(Boilerplate.firstCharacters(List.of("\\[?sic\\]"))).isNull();
        assertThat(Boilerplate.firstCharacters(List.of("\\(*x"))).isNull();
        assertThat(Boilerplate.firstCharacters(List.of("\\[sic\\]|note"))).isNull();
        assertThat(Boilerplate.firstCharacters(List.of("(?:\\[sic\\])"))).isNull();
        assertThat(Boilerplate.firstCharacters(List.of("\\Qsic\\E"))).isNull();
        assertThat(Boilerplate.firstCharacters(List.of("\\d+ comments"))).isNull();
    }

    @Test
    void alternativesInsideGroupsAndClassesKeepTheFirstCharacter() {
        assertThat(Boilerplate.firstCharacters(List.of("\\[(?:a|b)\\]", "\\([|]\\)")))
                .isEqualTo("[(");
    }

    @Test
    void linesWithoutAFirstCharacterSkipTheSearchAndOthersFindTheirBoilerplate() {
        Boilerplate boilerplate = new Boilerplate(LanguageResources.load());
        assertThat(boilerplate.mayHaveInline("The minister said so on Monday.")).isFalse();
        String line = "(REUTERS) The minister said so [sic] on Monday.";
        assertThat(boilerplate.mayHaveInline(line)).isTrue();
        assertThat(boilerplate.inline(line).find()).isTrue();
    }
}
