package io.claimflow.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimantType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimQueryParserTest {

    private final ClaimQueryParser parser = new ClaimQueryParser(new ClaimQueryParser.Limits(20, 10, 200));

    @Test
    void everyFilterIsReadIntoOneQuery() {
        ClaimQuery query = valid(
                QueryKind.PAGE,
                Map.of(
                        "q",
                        " fighters ",
                        "language",
                        "SV",
                        "claimant",
                        "Surovikin",
                        "claimantType",
                        "media",
                        "entity",
                        "Islamic State",
                        "documentId",
                        "doc-1",
                        "source",
                        "Reuters",
                        "minScore",
                        "0.7",
                        "from",
                        "2017-11-01",
                        "to",
                        "2017-11-13"));
        assertThat(query.filter())
                .isEqualTo(new ClaimFilter(
                        "fighters",
                        "sv",
                        "Surovikin",
                        ClaimantType.MEDIA,
                        "Islamic State",
                        "doc-1",
                        "Reuters",
                        0.7,
                        Instant.parse("2017-11-01T00:00:00Z"),
                        Instant.parse("2017-11-14T00:00:00Z"),
                        null,
                        null,
                        null));
        assertThat(query.sort()).isEqualTo(ClaimSort.NEWEST);
        assertThat(query.limit()).isEqualTo(20);
        assertThat(query.after()).isNull();
    }

    @Test
    void theNarrativeFilterIsRead() {
        assertThat(valid(QueryKind.PAGE, Map.of("narrative", " n-1 ")).filter().narrative())
                .isEqualTo("n-1");
    }

    @Test
    void theFactCheckFiltersAreReadAndAVerdictCannotGoWithoutFactChecks() {
        ClaimFilter checked = valid(QueryKind.PAGE, Map.of("factChecked", "TRUE", "verdict", " False "))
                .filter();
        assertThat(checked.factChecked()).isTrue();
        assertThat(checked.verdict()).isEqualTo("False");
        assertThat(valid(QueryKind.FACET, Map.of("factChecked", "false"))
                        .filter()
                        .factChecked())
                .isFalse();
        assertThat(valid(QueryKind.FEED, Map.of()).filter().factChecked()).isNull();
        assertThat(errors(QueryKind.PAGE, Map.of("factChecked", "yes")))
                .containsExactly(new ParameterError("factChecked", "must be true or false"));
        assertThat(errors(QueryKind.PAGE, Map.of("factChecked", "false", "verdict", "false")))
                .extracting(ParameterError::parameter)
                .containsExactly("verdict");
    }

    @Test
    void eachKindHasItsOwnDefaultLimit() {
        assertThat(valid(QueryKind.PAGE, Map.of()).limit()).isEqualTo(20);
        assertThat(valid(QueryKind.FACET, Map.of()).limit()).isEqualTo(10);
        assertThat(valid(QueryKind.FEED, Map.of()).limit()).isNull();
    }

    @Test
    void theLanguageRuleIsTheContractsOne() {
        assertThat(valid(QueryKind.PAGE, Map.of("language", "und")).filter().language())
                .isEqualTo("und");
        // Three-letter codes other than "und" are not ISO 639-1; the store used to take them.
        assertThat(errors(QueryKind.PAGE, Map.of("language", "swe")))
                .containsExactly(new ParameterError("language", "must be an ISO 639-1 code such as en or sv, or und"));
    }

    @Test
    void everyWrongParameterIsNamedWithMessagesBuiltFromTheDeclarations() {
        assertThat(errors(QueryKind.PAGE, Map.of("sort", "best", "claimantType", "robot", "limit", "0")))
                .containsExactlyInAnyOrder(
                        new ParameterError("sort", "must be newest or score"),
                        new ParameterError(
                                "claimantType",
                                "must be one of person, organization, media, government, anonymous, author"),
                        new ParameterError("limit", "must be a whole number from 1 to 200"));
        assertThat(errors(QueryKind.PAGE, Map.of("from", "2018-01-01", "to", "2017-01-01")))
                .containsExactly(new ParameterError("to", "must be after from"));
        assertThat(errors(QueryKind.PAGE, Map.of("q", "x".repeat(501))))
                .containsExactly(new ParameterError("q", "must be at most 500 characters"));
    }

    @Test
    void eachEndpointKnowsItsOwnParameters() {
        assertThat(QueryKind.FACET.parameters())
                .containsExactlyInAnyOrder(
                        "q",
                        "language",
                        "claimant",
                        "claimantType",
                        "entity",
                        "documentId",
                        "source",
                        "minScore",
                        "from",
                        "to",
                        "narrative",
                        "factChecked",
                        "verdict",
                        "limit");
        assertThat(QueryKind.PAGE.parameters()).contains("sort", "limit", "cursor");
        assertThat(QueryKind.FEED.parameters()).doesNotContain("limit", "sort", "cursor");
        assertThat(QueryKind.NARRATIVE_PAGE.parameters())
                .containsExactlyInAnyOrder(
                        "language", "source", "entity", "claimant", "from", "to", "sort", "limit", "cursor");
        assertThat(QueryKind.NARRATIVE_FEED.parameters())
                .containsExactlyInAnyOrder("language", "source", "entity", "claimant", "from", "to");
        assertThat(QueryKind.FACT_CHECK_PAGE.parameters())
                .containsExactlyInAnyOrder("q", "language", "verdict", "publisher", "limit", "cursor");
    }

    @Test
    void aCursorResumesOnlyTheOrderItWasIssuedFor() {
        String newest = PageCursor.encode(new PagePosition(ClaimSort.NEWEST, 0, 42));
        assertThat(valid(QueryKind.PAGE, Map.of("cursor", newest)).after())
                .isEqualTo(new PagePosition(ClaimSort.NEWEST, 0, 42));
        String score = PageCursor.encode(new PagePosition(ClaimSort.SCORE, 0.75, 7));
        assertThat(valid(QueryKind.PAGE, Map.of("sort", "score", "cursor", score))
                        .after())
                .isEqualTo(new PagePosition(ClaimSort.SCORE, 0.75, 7));
        assertThat(errors(QueryKind.PAGE, Map.of("sort", "score", "cursor", newest)))
                .containsExactly(new ParameterError("cursor", "is not a cursor this API issued for sort=score"));
        assertThat(errors(QueryKind.PAGE, Map.of("cursor", "garbage!")))
                .extracting(ParameterError::parameter)
                .containsExactly("cursor");
    }

    @Test
    void theFeedResumesAfterTheLastEventId() {
        assertThat(parser.parse(QueryKind.FEED, Map.of(), " 17 "))
                .isEqualTo(new ParsedQuery.Valid<>(new ClaimQuery(emptyFilter(), null, null, null, 17L, null)));
        assertThat(parser.parse(QueryKind.FEED, Map.of(), "seventeen"))
                .isEqualTo(new ParsedQuery.Invalid<ClaimQuery>(
                        List.of(new ParameterError("Last-Event-ID", "must be the id of an event of this feed"))));
    }

    private static ClaimFilter emptyFilter() {
        return new ClaimFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private ClaimQuery valid(QueryKind kind, Map<String, String> parameters) {
        ParsedQuery<ClaimQuery> parsed = parser.parse(kind, multi(parameters), null);
        assertThat(parsed).isInstanceOf(ParsedQuery.Valid.class);
        return ((ParsedQuery.Valid<ClaimQuery>) parsed).query();
    }

    private List<ParameterError> errors(QueryKind kind, Map<String, String> parameters) {
        ParsedQuery<ClaimQuery> parsed = parser.parse(kind, multi(parameters), null);
        assertThat(parsed).isInstanceOf(ParsedQuery.Invalid.class);
        return ((ParsedQuery.Invalid<ClaimQuery>) parsed).errors();
    }

    private static Map<String, List<String>> multi(Map<String, String> parameters) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        parameters.forEach((name, value) -> multi.put(name, List.of(value)));
        return multi;
    }
}
