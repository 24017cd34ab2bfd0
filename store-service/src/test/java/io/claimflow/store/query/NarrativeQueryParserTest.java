package io.claimflow.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.store.config.StoreConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The parameters of GET /narratives and its feed, read as the claim queries read the ones they share. */
class NarrativeQueryParserTest {

    private final NarrativeQueryParser parser = new NarrativeQueryParser(new Limits());

    @Test
    void everyFilterIsRead() {
        NarrativeQuery query = valid(
                QueryKind.NARRATIVE_PAGE,
                Map.of(
                        "language",
                        " SV ",
                        "source",
                        "Nyheter Idag",
                        "entity",
                        "Raqqa",
                        "claimant",
                        "Surovikin",
                        "from",
                        "2017-11-01",
                        "to",
                        "2017-11-13",
                        "sort",
                        "SPREAD",
                        "limit",
                        "5"));
        assertThat(query.filter())
                .isEqualTo(new NarrativeFilter(
                        "sv",
                        "Nyheter Idag",
                        "Raqqa",
                        "Surovikin",
                        Instant.parse("2017-11-01T00:00:00Z"),
                        Instant.parse("2017-11-14T00:00:00Z")));
        assertThat(query.sort()).isEqualTo(NarrativeSort.SPREAD);
        assertThat(query.limit()).isEqualTo(5);
        assertThat(valid(QueryKind.NARRATIVE_PAGE, Map.of()).sort()).isEqualTo(NarrativeSort.RECENT);
        assertThat(valid(QueryKind.NARRATIVE_FEED, Map.of()).limit()).isNull();
    }

    @Test
    void aCursorResumesItsOwnOrderAndListingOnly() {
        NarrativePosition position = new NarrativePosition(NarrativeSort.SIZE, 12, "a:b:c", 99);
        String cursor = PageCursor.encode(position);
        assertThat(valid(QueryKind.NARRATIVE_PAGE, Map.of("sort", "size", "cursor", cursor))
                        .after())
                .as("the id may hold the separator")
                .isEqualTo(position);
        assertThat(errors(Map.of("cursor", cursor))).containsExactly("cursor");
        String claimCursor = PageCursor.encode(new PagePosition(ClaimSort.NEWEST, 0, 42));
        assertThat(errors(Map.of("cursor", claimCursor))).containsExactly("cursor");
    }

    @Test
    void everyWrongParameterIsNamed() {
        assertThat(errors(Map.of("sort", "best", "limit", "0", "language", "swe", "from", "x")))
                .containsExactlyInAnyOrder("sort", "limit", "language", "from");
        assertThat(errors(Map.of("from", "2018-01-01", "to", "2017-01-01"))).containsExactly("to");
    }

    private NarrativeQuery valid(QueryKind kind, Map<String, String> parameters) {
        ParsedQuery<NarrativeQuery> parsed = parser.parse(kind, multi(parameters), null);
        assertThat(parsed).isInstanceOf(ParsedQuery.Valid.class);
        return ((ParsedQuery.Valid<NarrativeQuery>) parsed).query();
    }

    private List<String> errors(Map<String, String> parameters) {
        ParsedQuery<NarrativeQuery> parsed = parser.parse(QueryKind.NARRATIVE_PAGE, multi(parameters), null);
        assertThat(parsed).isInstanceOf(ParsedQuery.Invalid.class);
        return ((ParsedQuery.Invalid<NarrativeQuery>) parsed)
                .errors().stream().map(ParameterError::parameter).toList();
    }

    private static Map<String, List<String>> multi(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue())));
    }

    /** The defaults of StoreConfig, without a running application. */
    private static final class Limits implements StoreConfig {
        @Override
        public int defaultPageSize() {
            return 20;
        }

        @Override
        public int defaultFacetSize() {
            return 20;
        }

        @Override
        public int maxPageSize() {
            return 200;
        }

        @Override
        public int maxDocumentClaims() {
            return 1000;
        }

        @Override
        public Duration streamPollInterval() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration streamHeartbeat() {
            return Duration.ofSeconds(15);
        }

        @Override
        public int maxStreams() {
            return 100;
        }

        @Override
        public Duration streamRetryAfter() {
            return Duration.ofSeconds(30);
        }

        @Override
        public String ingestUrl() {
            return "http://localhost:8081";
        }

        @Override
        public boolean submitFetchesPrivateAddresses() {
            return false;
        }
    }
}
