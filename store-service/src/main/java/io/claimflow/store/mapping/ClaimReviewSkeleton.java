package io.claimflow.store.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.store.repository.DocumentEntity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A claim as a schema.org {@code ClaimReview} JSON-LD skeleton, for a fact-checker to complete and publish.
 *
 * <p>Claimflow fills in only what it knows: the claim's text and language, who made it, the document it appeared in
 * (its URL, title and publication date when the document's submission said them) and the entities it mentions. What
 * only the fact-checker can say is present with the value {@code null}: the verdict ({@code reviewRating.ratingValue}
 * and {@code alternateName}), the name of the review's {@code author}, the review's {@code url} and
 * {@code datePublished}, and the claim's {@code firstAppearance} (Claimflow knows one appearance, not whether it was
 * the first). Nulls because a JSON-LD processor ignores a null, so a skeleton published unfinished asserts no verdict;
 * and {@code creativeWorkStatus} is {@value #DRAFT}, for the fact-checker to change on publishing. The rating scale is
 * schema.org's own default (1 worst, 5 best), written out so the fact-checker sees which scale a value is on.
 *
 * <p>The claim carries Claimflow's claim id as its {@code identifier} and the store's URL of the claim as its
 * {@code sameAs}, so that a published review can be traced back to the claim it started from.
 *
 * @param creativeWorkStatus {@value #DRAFT} until the fact-checker publishes it
 * @param claimReviewed the claim's text
 * @param inLanguage the review's language: prefilled with the claim's, as a review is mostly written in the language of
 *     the claim it checks (the claim's own is {@code itemReviewed.inLanguage}); null when it could not be told
 * @param itemReviewed the claim, where it appeared and who made it
 * @param reviewRating the verdict, to fill
 * @param author the fact-checker: an organisation (a person may replace it) whose name is to fill
 * @param url the page that will publish the review, to fill
 * @param datePublished when the review is published, to fill
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"@context", "@type"})
public record ClaimReviewSkeleton(
        String creativeWorkStatus,
        String claimReviewed,
        String inLanguage,
        ReviewedClaim itemReviewed,
        Rating reviewRating,
        Party author,
        String url,
        String datePublished) {

    /** The JSON-LD media type the skeleton is served as. */
    public static final String MEDIA_TYPE = "application/ld+json";

    /** The context Google's ClaimReview documentation uses. */
    public static final String SCHEMA_ORG = "https://schema.org";

    /** The status of a review not yet published (a schema.org {@code creativeWorkStatus} term). */
    public static final String DRAFT = "Draft";

    /** schema.org's defaults for a rating scale that omits them. */
    public static final int WORST_RATING = 1;

    public static final int BEST_RATING = 5;

    private static final String PERSON = "Person";
    private static final String ORGANIZATION = "Organization";

    /** schema.org types of the entity types that have one; the others are a plain Thing. */
    private static final Map<EntityType, String> ENTITY_TYPES = Map.of(
            EntityType.PERSON,
            PERSON,
            EntityType.ORGANIZATION,
            ORGANIZATION,
            EntityType.LOCATION,
            "Place",
            EntityType.EVENT,
            "Event");

    /** The JSON-LD context: schema.org. */
    @JsonProperty("@context")
    public String context() {
        return SCHEMA_ORG;
    }

    @JsonProperty("@type")
    public String type() {
        return "ClaimReview";
    }

    /**
     * The skeleton of a stored claim.
     *
     * @param stored the claim
     * @param document its document, null when the store has not received the document's submission
     * @param claimUrl the store's URL of the claim
     */
    public static ClaimReviewSkeleton of(StoredClaim stored, DocumentEntity document, String claimUrl) {
        ClaimExtracted claim = stored.claim();
        String language = LanguageCodes.UNDETERMINED.equals(claim.language()) ? null : claim.language();
        Appearance appearance =
                document == null ? new Appearance(null, null) : new Appearance(document.url, document.title);
        ReviewedClaim reviewed = new ReviewedClaim(
                claim.claimId(),
                claimUrl,
                language,
                claimant(claim.claimant()),
                document == null || document.publishedAt == null ? null : document.publishedAt.toString(),
                List.of(appearance),
                null,
                mentions(claim.entities()));
        return new ClaimReviewSkeleton(
                DRAFT,
                claim.text(),
                language,
                reviewed,
                new Rating(null, BEST_RATING, WORST_RATING, null),
                new Party(ORGANIZATION, null),
                null,
                null);
    }

    /**
     * Who made the claim: a person, or an organisation for organisations, media and governments. Null for an anonymous
     * source and for the document's own assertions: the store does not know the author's name.
     */
    static Party claimant(ClaimExtracted.Claimant claimant) {
        if (claimant == null || claimant.name() == null || claimant.name().isBlank()) {
            return null;
        }
        return switch (claimant.type()) {
            case PERSON -> new Party(PERSON, claimant.name());
            case ORGANIZATION, MEDIA, GOVERNMENT -> new Party(ORGANIZATION, claimant.name());
            case ANONYMOUS, AUTHOR -> null;
        };
    }

    /** The entities the claim mentions, each once by its normalised name, in the claim's order. */
    static List<Mention> mentions(List<ClaimExtracted.Entity> entities) {
        Map<String, Mention> byName = new LinkedHashMap<>();
        for (ClaimExtracted.Entity entity : entities) {
            byName.putIfAbsent(
                    entity.normalized(),
                    new Mention(ENTITY_TYPES.getOrDefault(entity.type(), "Thing"), entity.normalized()));
        }
        return List.copyOf(byName.values());
    }

    /**
     * The claim under review.
     *
     * @param identifier Claimflow's claim id
     * @param sameAs the store's URL of the claim
     * @param inLanguage the language of the claim's sentence (ISO 639-1), null when it could not be told
     * @param author who made the claim, null when the store cannot name them
     * @param datePublished when the document was published, null when its submission did not say
     * @param appearance the document the claim appeared in: its URL and title, each null when not known
     * @param firstAppearance the first known appearance, to fill
     * @param mentions the entities the claim mentions
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"@type"})
    public record ReviewedClaim(
            String identifier,
            String sameAs,
            String inLanguage,
            Party author,
            String datePublished,
            List<Appearance> appearance,
            Appearance firstAppearance,
            List<Mention> mentions) {
        @JsonProperty("@type")
        public String type() {
            return "Claim";
        }
    }

    /**
     * A work the claim appeared in.
     *
     * @param url where it was published
     * @param headline its title
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"@type"})
    public record Appearance(String url, String headline) {
        @JsonProperty("@type")
        public String type() {
            return "CreativeWork";
        }
    }

    /**
     * A person or an organisation.
     *
     * @param type {@code Person} or {@code Organization}
     * @param name the name; for the review's author, to fill
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"@type"})
    public record Party(@JsonProperty("@type") String type, String name) {}

    /**
     * The verdict.
     *
     * @param ratingValue the rating on the scale, to fill
     * @param bestRating the best value of the scale
     * @param worstRating the worst value of the scale
     * @param alternateName the verdict in words ("False", "Misleading"), to fill
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"@type", "ratingValue", "bestRating", "worstRating", "alternateName"})
    public record Rating(Integer ratingValue, int bestRating, int worstRating, String alternateName) {
        @JsonProperty("@type")
        public String type() {
            return "Rating";
        }
    }

    /**
     * An entity the claim mentions.
     *
     * @param type its schema.org type
     * @param name its normalised name
     */
    @JsonPropertyOrder({"@type"})
    public record Mention(@JsonProperty("@type") String type, String name) {}
}
