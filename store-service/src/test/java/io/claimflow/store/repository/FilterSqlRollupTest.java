package io.claimflow.store.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.store.query.ClaimFilter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which filters the facet rollups answer: only those they hold the exact answer to. */
class FilterSqlRollupTest {

    private static ClaimFilter filter(String q, String language, ClaimantType type, String entity, Double minScore) {
        return new ClaimFilter(q, language, null, type, entity, null, null, minScore, null, null, null, null, null);
    }

    @Test
    void languageAndBucketBoundariesAreAnsweredByTheRollups() {
        assertThat(FilterSql.ofRollup(filter(null, null, null, null, null), FilterSql.Rollup.ENTITIES))
                .isPresent();
        assertThat(FilterSql.ofRollup(filter(null, "en", null, null, 0.8), FilterSql.Rollup.ENTITIES))
                .hasValueSatisfying(sql -> assertThat(sql.where())
                        .isEqualTo("r.language = :language AND r.score_bucket >= claimflow_score_bucket(:minScore)"));
        assertThat(FilterSql.ofRollup(filter(null, null, ClaimantType.PERSON, null, 0.1), FilterSql.Rollup.CLAIMANTS))
                .isPresent();
        assertThat(FilterSql.ofRollup(filter(null, "en", ClaimantType.PERSON, null, null), FilterSql.Rollup.ENTITIES))
                .hasValueSatisfying(sql -> assertThat(sql.where())
                        .isEqualTo("r.language = :language AND r.claimant_type = :claimantType"));
    }

    @Test
    void everythingElseIsCountedOverTheClaims() {
        assertThat(FilterSql.ofRollup(filter(null, "en", null, null, 0.75), FilterSql.Rollup.CLAIMANTS))
                .isEmpty();
        assertThat(FilterSql.ofRollup(filter(null, null, null, null, 0.0), FilterSql.Rollup.CLAIMANTS))
                .isEmpty();
        assertThat(FilterSql.ofRollup(filter("convoy", null, null, null, null), FilterSql.Rollup.CLAIMANTS))
                .isEmpty();
        assertThat(FilterSql.ofRollup(filter(null, null, null, "Raqqa", null), FilterSql.Rollup.ENTITIES))
                .isEmpty();
        ClaimFilter published = new ClaimFilter(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Instant.parse("2017-01-01T00:00:00Z"),
                null,
                null,
                null,
                null);
        assertThat(FilterSql.ofRollup(published, FilterSql.Rollup.CLAIMANTS)).isEmpty();
        // The rollups know nothing of fact-checks.
        ClaimFilter factChecked =
                new ClaimFilter(null, null, null, null, null, null, null, null, null, null, null, true, null);
        assertThat(FilterSql.ofRollup(factChecked, FilterSql.Rollup.CLAIMANTS)).isEmpty();
        ClaimFilter verdict =
                new ClaimFilter(null, null, null, null, null, null, null, null, null, null, null, null, "false");
        assertThat(FilterSql.ofRollup(verdict, FilterSql.Rollup.ENTITIES)).isEmpty();
    }
}
