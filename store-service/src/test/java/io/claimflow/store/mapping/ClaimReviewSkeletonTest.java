package io.claimflow.store.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.store.repository.DocumentEntity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a ClaimReview skeleton says of a claim: its claimant's type, its document, and the fields left to fill. */
class ClaimReviewSkeletonTest {

    private static final String CLAIM_URL = "http://store.example/claims/c1";

    @Test
    void aPersonIsAPersonAndOrganisationsMediaAndGovernmentsAreOrganisations() {
        assertThat(ClaimReviewSkeleton.claimant(new ClaimExtracted.Claimant("Surovikin", ClaimantType.PERSON, true)))
                .isEqualTo(new ClaimReviewSkeleton.Party("Person", "Surovikin"));
        for (ClaimantType type : List.of(ClaimantType.ORGANIZATION, ClaimantType.MEDIA, ClaimantType.GOVERNMENT)) {
            assertThat(ClaimReviewSkeleton.claimant(new ClaimExtracted.Claimant("Reuters", type, false)))
                    .as("%s", type)
                    .isEqualTo(new ClaimReviewSkeleton.Party("Organization", "Reuters"));
        }
    }

    @Test
    void noClaimantIsNamedWhenTheStoreCannotNameOne() {
        // "officials said": a source, not an author; the document's own assertions: a writer the store cannot name.
        assertThat(ClaimReviewSkeleton.claimant(
                        new ClaimExtracted.Claimant("officials", ClaimantType.ANONYMOUS, false)))
                .isNull();
        assertThat(ClaimReviewSkeleton.claimant(new ClaimExtracted.Claimant(null, ClaimantType.AUTHOR, false)))
                .isNull();
        assertThat(ClaimReviewSkeleton.claimant(new ClaimExtracted.Claimant(" ", ClaimantType.PERSON, false)))
                .isNull();
    }

    @Test
    void theDocumentGivesTheAppearanceAndTheClaimsDate() {
        DocumentEntity document = new DocumentEntity();
        document.url = "https://alpha.example/raqqa";
        document.title = "Raqqa deal";
        document.publishedAt = Instant.parse("2017-11-14T10:00:00Z");

        ClaimReviewSkeleton skeleton = ClaimReviewSkeleton.of(stored("en", ClaimantType.PERSON), document, CLAIM_URL);

        ClaimReviewSkeleton.ReviewedClaim claim = skeleton.itemReviewed();
        assertThat(claim.appearance())
                .containsExactly(new ClaimReviewSkeleton.Appearance("https://alpha.example/raqqa", "Raqqa deal"));
        assertThat(claim.datePublished()).isEqualTo("2017-11-14T10:00:00Z");
        assertThat(claim.identifier()).isEqualTo("c1");
        assertThat(claim.sameAs()).isEqualTo(CLAIM_URL);
        assertThat(claim.author()).isEqualTo(new ClaimReviewSkeleton.Party("Person", "Surovikin"));
        assertThat(skeleton.claimReviewed()).isEqualTo("ISIS left Raqqa.");
        assertThat(skeleton.inLanguage()).isEqualTo("en");
        assertThat(claim.inLanguage()).isEqualTo("en");
    }

    @Test
    void whatTheDocumentDoesNotSayStaysNull() {
        DocumentEntity untitled = new DocumentEntity();
        untitled.url = "https://alpha.example/raqqa";

        ClaimReviewSkeleton.ReviewedClaim partly = ClaimReviewSkeleton.of(
                        stored("en", ClaimantType.PERSON), untitled, CLAIM_URL)
                .itemReviewed();
        assertThat(partly.appearance())
                .containsExactly(new ClaimReviewSkeleton.Appearance("https://alpha.example/raqqa", null));
        assertThat(partly.datePublished()).isNull();

        ClaimReviewSkeleton unknown = ClaimReviewSkeleton.of(stored("und", ClaimantType.ORGANIZATION), null, CLAIM_URL);
        assertThat(unknown.itemReviewed().appearance()).containsExactly(new ClaimReviewSkeleton.Appearance(null, null));
        assertThat(unknown.itemReviewed().datePublished()).isNull();
        assertThat(unknown.itemReviewed().author())
                .isEqualTo(new ClaimReviewSkeleton.Party("Organization", "Surovikin"));
        assertThat(unknown.inLanguage()).as("und is no language to publish").isNull();
        assertThat(unknown.itemReviewed().inLanguage()).isNull();
    }

    @Test
    void entitiesAreMentionedOnceEachWithTheirSchemaOrgType() {
        List<ClaimReviewSkeleton.Mention> mentions = ClaimReviewSkeleton.mentions(List.of(
                new ClaimExtracted.Entity("ISIS", EntityType.ORGANIZATION, "Islamic State"),
                new ClaimExtracted.Entity("IS", EntityType.ORGANIZATION, "Islamic State"),
                new ClaimExtracted.Entity("Surovikin", EntityType.PERSON, "Sergei Surovikin"),
                new ClaimExtracted.Entity("Raqqa", EntityType.LOCATION, "Raqqa"),
                new ClaimExtracted.Entity("the siege", EntityType.EVENT, "Siege of Raqqa"),
                new ClaimExtracted.Entity("Kurdish forces", EntityType.GROUP, "Kurdish forces"),
                new ClaimExtracted.Entity("SDF", EntityType.OTHER, "SDF")));

        assertThat(mentions)
                .containsExactly(
                        new ClaimReviewSkeleton.Mention("Organization", "Islamic State"),
                        new ClaimReviewSkeleton.Mention("Person", "Sergei Surovikin"),
                        new ClaimReviewSkeleton.Mention("Place", "Raqqa"),
                        new ClaimReviewSkeleton.Mention("Event", "Siege of Raqqa"),
                        new ClaimReviewSkeleton.Mention("Thing", "Kurdish forces"),
                        new ClaimReviewSkeleton.Mention("Thing", "SDF"));
    }

    @Test
    void theFieldsToFillAreWrittenAsNullsAndTheTypesAsJsonLdKeywords() throws Exception {
        JsonNode json = new ObjectMapper()
                .valueToTree(ClaimReviewSkeleton.of(stored("en", ClaimantType.PERSON), null, CLAIM_URL));

        assertThat(json.fieldNames())
                .toIterable()
                .startsWith("@context", "@type")
                .contains("creativeWorkStatus", "claimReviewed", "inLanguage", "itemReviewed", "reviewRating");
        assertThat(json.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(json.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(json.get("creativeWorkStatus").asText()).isEqualTo("Draft");
        assertThat(new ObjectMapper().writeValueAsString(json.get("reviewRating")))
                .isEqualTo("{\"@type\":\"Rating\",\"ratingValue\":null,\"bestRating\":5,\"worstRating\":1,"
                        + "\"alternateName\":null}");
        assertThat(json.get("author").toString()).isEqualTo("{\"@type\":\"Organization\",\"name\":null}");
        for (String toFill : List.of("url", "datePublished")) {
            assertThat(json.get(toFill).isNull()).as(toFill).isTrue();
        }
        assertThat(json.get("itemReviewed").get("@type").asText()).isEqualTo("Claim");
        assertThat(json.get("itemReviewed").get("firstAppearance").isNull()).isTrue();
        assertThat(json.get("itemReviewed")
                        .get("appearance")
                        .get(0)
                        .get("@type")
                        .asText())
                .isEqualTo("CreativeWork");
    }

    private static StoredClaim stored(String language, ClaimantType claimantType) {
        ClaimExtracted claim = new ClaimExtracted(
                "c1",
                "d1",
                0,
                "ISIS left Raqqa.",
                new ClaimExtracted.Span(0, 16),
                language,
                0.9,
                new ClaimExtracted.Claimant("Surovikin", claimantType, false),
                "said",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new ClaimExtracted.Extractor("test-engine", "1"),
                Instant.parse("2026-11-21T10:00:00Z"),
                null,
                null);
        return new StoredClaim(claim, null, List.of());
    }
}
