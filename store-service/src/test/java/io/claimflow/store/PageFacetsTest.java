package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.storedClaims;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.store.mapping.Facet;
import io.claimflow.store.query.ClaimFacet;
import io.claimflow.store.query.ClaimFilter;
import io.claimflow.store.service.ClaimQueryService;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The claims page's facets, counted in one statement over the matching claims, are the counts each facet's own query
 * makes: the API's {@code /claimants} and {@code /entities}, and a count of the matching claims per value.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@TestProfile(PageFacetsTest.OwnDatabase.class)
class PageFacetsTest extends ReadyServiceTest {

    /** A database of its own, so the counts of unfiltered facets are this test's claims alone. */
    public static class OwnDatabase implements QuarkusTestProfile {}

    private static final String[] LANGUAGES = {"en", "sv", "en", "de"};
    private static final String[] CLAIMANTS = {"Daniel Hargreaves", "Hargreaves", "Ministry of Health", "Reuters"};
    private static final ClaimantType[] TYPES = {
        ClaimantType.PERSON, ClaimantType.PERSON, ClaimantType.GOVERNMENT, ClaimantType.MEDIA
    };

    @Inject
    ClaimQueryService claims;

    @Test
    void onePassCountsWhatEachFacetsOwnQueryCounts() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<ClaimflowEvent> events = new ArrayList<>();
        List<ClaimExtracted> stored = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            String document = "facets-" + run + "-" + d;
            events.add(new DocumentSubmitted(
                    document,
                    "Text " + d,
                    null,
                    "Title",
                    "en",
                    Instant.now(),
                    "source-" + run + "-" + d % 2,
                    Instant.now(),
                    null));
            for (int c = 0; c < 5; c++) {
                int n = d * 5 + c;
                ClaimExtracted.Entity place = new ClaimExtracted.Entity(
                        "Raqqa", EntityType.LOCATION, n % 3 == 0 ? "Raqqa " + run : "Palmyra " + run);
                ClaimExtracted claim = claim(document, c, "Claim " + n + (n % 2 == 0 ? " about a ceasefire" : ""))
                        .language(LANGUAGES[n % LANGUAGES.length])
                        .score((n % 10) / 10.0 + 0.05)
                        .claimant(CLAIMANTS[n % CLAIMANTS.length], TYPES[n % TYPES.length])
                        // An entity named twice in a claim counts that claim once.
                        .entities(place, place)
                        .build();
                events.add(claim);
                stored.add(claim);
            }
        }
        StoreFixtures.sendInOrder(events.toArray(ClaimflowEvent[]::new));
        stored.stream()
                .map(ClaimExtracted::documentId)
                .distinct()
                .forEach(document -> await(() -> storedClaims(document) == 5));

        String source = "source-" + run + "-1";
        List<ClaimFilter> filters = List.of(
                filter(null, null, null, null, null, null),
                filter("ceasefire", null, null, null, null, null),
                filter(null, "en", ClaimantType.PERSON, null, null, null),
                filter(null, "en", null, null, null, null),
                filter(null, null, null, "Raqqa " + run, null, null),
                filter(null, null, null, null, source, null),
                filter("ceasefire", "sv", null, null, source, 0.5));
        for (ClaimFilter filter : filters) {
            ClaimQueryService.PageFacets facets = claims.pageFacets(filter, 10);
            assertThat(facets.claimants()).as("claimants of %s", filter).isEqualTo(claims.claimants(filter, 10));
            assertThat(facets.entities()).as("entities of %s", filter).isEqualTo(claims.entities(filter, 10));
            List<StoredClaimFields> matching = matching(filter, stored, source);
            assertThat(counts(facets.others().get(ClaimFacet.LANGUAGE)))
                    .as("languages of %s", filter)
                    .isEqualTo(tally(matching, StoredClaimFields::language));
            assertThat(counts(facets.others().get(ClaimFacet.CLAIMANT_TYPE)))
                    .as("claimant types of %s", filter)
                    .isEqualTo(tally(matching, StoredClaimFields::claimantType));
            assertThat(counts(facets.others().get(ClaimFacet.SOURCE)))
                    .as("sources of %s", filter)
                    .isEqualTo(tally(matching, StoredClaimFields::source));
        }
    }

    /** This run's claims that the filter matches, worked out here rather than by the store. */
    private static List<StoredClaimFields> matching(ClaimFilter filter, List<ClaimExtracted> stored, String source) {
        return stored.stream()
                .map(claim -> new StoredClaimFields(
                        claim.language(),
                        claim.claimant().type().wireName(),
                        claim.documentId().endsWith("1")
                                        || claim.documentId().endsWith("3")
                                        || claim.documentId().endsWith("5")
                                ? source
                                : source.substring(0, source.length() - 1) + "0",
                        claim))
                .filter(fields -> filter.q() == null || fields.claim().text().contains(filter.q()))
                .filter(fields -> filter.language() == null || fields.language().equals(filter.language()))
                .filter(fields -> filter.claimantType() == null
                        || fields.claimantType().equals(filter.claimantType().wireName()))
                .filter(fields -> filter.entity() == null
                        || fields.claim().entities().get(0).normalized().equals(filter.entity()))
                .filter(fields -> filter.source() == null || fields.source().equals(filter.source()))
                .filter(fields -> filter.minScore() == null || fields.claim().checkworthiness() >= filter.minScore())
                .toList();
    }

    private static Map<String, Long> tally(
            List<StoredClaimFields> matching, java.util.function.Function<StoredClaimFields, String> value) {
        return matching.stream().collect(Collectors.groupingBy(value, Collectors.counting()));
    }

    /** The counts of a facet's values. */
    private static Map<String, Long> counts(List<Facet> values) {
        return values.stream().collect(Collectors.toMap(Facet::value, Facet::claims));
    }

    private static ClaimFilter filter(
            String q, String language, ClaimantType type, String entity, String source, Double minScore) {
        return new ClaimFilter(q, language, null, type, entity, null, source, minScore, null, null, null, null, null);
    }

    private record StoredClaimFields(String language, String claimantType, String source, ClaimExtracted claim) {}
}
