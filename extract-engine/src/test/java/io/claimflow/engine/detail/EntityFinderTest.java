package io.claimflow.engine.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimflow.contracts.event.ClaimExtracted.Entity;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.engine.pack.LanguageResources;
import org.junit.jupiter.api.Test;

/** Entities: normalised aliases and typed unknown names. */
class EntityFinderTest {

    private static final LanguageResources LANGUAGES = LanguageResources.load();
    private final EntityFinder finder = new EntityFinder(new Gazetteer(LANGUAGES), LANGUAGES);

    @Test
    void aliasesShareOneNormalizedForm() {
        assertThat(finder.find("The U.S. and the USA and the United States and Förenta staterna met.", "en"))
                .extracting(Entity::normalized)
                .containsOnly("United States");
        assertThat(finder.find("Whether ISIS, IS, Daesh or the Islamic State, it is one group.", "en"))
                .extracting(Entity::text, Entity::type, Entity::normalized)
                .containsExactly(
                        tuple("ISIS", EntityType.GROUP, "Islamic State"),
                        tuple("IS", EntityType.GROUP, "Islamic State"),
                        tuple("Daesh", EntityType.GROUP, "Islamic State"),
                        tuple("Islamic State", EntityType.GROUP, "Islamic State"));
    }

    @Test
    void unknownNamesAreTypedByTitleOrOrganizationWord() {
        assertThat(finder.find("Later Col. Ivan Petrov met the Baltic Fisheries Council in Tallinn.", "en"))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Ivan Petrov", EntityType.PERSON),
                        tuple("Baltic Fisheries Council", EntityType.ORGANIZATION));
    }

    @Test
    void capitalisedFunctionWordsAndDemonymsAreNotNames() {
        assertThat(finder.find("The Syrian troops left. However, they came back.", "en"))
                .isEmpty();
    }

    @Test
    void aLanguageThatCapitalisesEveryNounGetsOnlyMarkedRunsAndTheGazetteersEntities() {
        assertThat(finder.find("Der Anteil der Jahr Prozent stieg laut Reuters in den USA.", "de"))
                .extracting(Entity::normalized)
                .containsExactly("Reuters", "United States");
        assertThat(finder.find("The Baltic Fisheries Council met.", "en"))
                .extracting(Entity::text)
                .containsExactly("Baltic Fisheries Council");
    }
}
