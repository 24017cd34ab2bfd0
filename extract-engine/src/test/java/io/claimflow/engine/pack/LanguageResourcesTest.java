package io.claimflow.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The language packs are complete and well formed. */
class LanguageResourcesTest {

    private final LanguageResources languages = LanguageResources.load();

    @Test
    void everyListedLanguageHasItsReportingWordsAndMonthsFromItsPackOrCldr() {
        assertThat(languages.codes()).contains("en", "sv", "sq", "de", "fr", "es", "ru", "uk", "it", "pt", "nl", "pl");
        for (String code : languages.codes()) {
            LanguagePack pack = languages.pack(code);
            assertThat(pack.list(LexiconName.REPORTING_VERBS)).as(code).isNotEmpty();
            Set<Integer> months = new HashSet<>(pack.months().values());
            months.addAll(languages.locale(code).months().values());
            assertThat(months).as(code).hasSize(12);
            boolean ownFormat = pack.pairs(LexiconName.NUMBER_FORMAT).keySet().containsAll(List.of("decimal", "group"));
            assertThat(ownFormat || !languages.locale(code).groups().isEmpty())
                    .as(code)
                    .isTrue();
        }
    }

    @Test
    void boilerplatePhrasesAreValidExpressions() {
        for (LexiconName name : new LexiconName[] {LexiconName.BOILERPLATE, LexiconName.INLINE_BOILERPLATE}) {
            for (String expression : languages.union(name)) {
                assertThatCode(() -> Pattern.compile(expression)).as(expression).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void entityLinesNameAKnownType() {
        for (String line : languages.union(LexiconName.ENTITIES)) {
            assertThat(line.split("\\|")).as(line).hasSizeGreaterThanOrEqualTo(2);
            assertThat(line.split("\\|")[1]).as(line).matches("person|organization|location|group|event|other");
        }
    }

    @Test
    void aLanguageWithoutAPackHasEmptyLists() {
        assertThat(languages.codes()).doesNotContain("xx");
        assertThat(languages.pack("xx").list(LexiconName.REPORTING_VERBS)).isEmpty();
    }
}
