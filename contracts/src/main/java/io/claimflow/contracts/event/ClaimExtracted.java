package io.claimflow.contracts.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One check-worthy claim found in a document, value of {@code claimflow.claims.v1}.
 *
 * @param claimId stable id: same document, span and extractor version give the same id
 * @param documentId the document the claim was found in
 * @param ordinal position of the claim among the document's claims, from 0
 * @param text the claim sentence as written, without markup or link lines that interrupted it in the source
 * @param span where the sentence stands in the submitted document text, from its first to its last character
 * @param language ISO 639-1 code of the sentence, or "und" when it cannot be told
 * @param checkworthiness how worth checking the claim is, 0..1
 * @param claimant who asserted it
 * @param cue the reporting expression ("accused", "according to", "hävdar"), or null
 * @param entities named entities in the claim
 * @param quantities numbers in the claim
 * @param dates dates in the claim
 * @param citations URLs the claim cites
 * @param extractor what extracted the claim
 * @param extractedAt when it was extracted
 * @param origin where the claim's document was seen (its URL, source and time), so that a consumer such as the matcher
 *     need not join the documents topic; null in records written before it was added
 * @param languagePack whether the engine has a language pack for the claim's language: true, its claimant, cue and
 *     claimant type were read with that language's reporting verbs, titles and roles; false, only language-independent
 *     rules applied (quotes, CLDR's numbers and months), so a claim "attributed to the author" may have a source the
 *     engine cannot read in this language; null in records written before it was added
 */
public record ClaimExtracted(
        String claimId,
        String documentId,
        int ordinal,
        String text,
        Span span,
        String language,
        double checkworthiness,
        Claimant claimant,
        String cue,
        List<Entity> entities,
        List<Quantity> quantities,
        List<DateMention> dates,
        List<String> citations,
        Extractor extractor,
        Instant extractedAt,
        Origin origin,
        Boolean languagePack)
        implements ClaimflowEvent {

    public ClaimExtracted {
        Required.text(claimId, "claimId");
        Required.text(documentId, "documentId");
        Required.notNegative(ordinal, "ordinal");
        Objects.requireNonNull(text, "text is required");
        Objects.requireNonNull(span, "span is required");
        Required.text(language, "language");
        Required.unitInterval(checkworthiness, "checkworthiness");
        Objects.requireNonNull(claimant, "claimant is required");
        entities = entities == null ? List.of() : List.copyOf(entities);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        dates = dates == null ? List.of() : List.copyOf(dates);
        citations = citations == null ? List.of() : List.copyOf(citations);
        Objects.requireNonNull(extractor, "extractor is required");
        Objects.requireNonNull(extractedAt, "extractedAt is required");
    }

    /** This claim, seen in a document of the given origin. */
    public ClaimExtracted withOrigin(Origin origin) {
        return new ClaimExtracted(
                claimId,
                documentId,
                ordinal,
                text,
                span,
                language,
                checkworthiness,
                claimant,
                cue,
                entities,
                quantities,
                dates,
                citations,
                extractor,
                extractedAt,
                origin,
                languagePack);
    }

    /** When the claim was seen: its document's publication, else its receipt, else the extraction. */
    @JsonIgnore
    public Instant seenAt() {
        if (origin != null && origin.publishedAt() != null) {
            return origin.publishedAt();
        }
        return origin != null && origin.receivedAt() != null ? origin.receivedAt() : extractedAt;
    }

    @Override
    @JsonIgnore
    public String key() {
        return documentId;
    }

    @Override
    @JsonIgnore
    public String eventId() {
        return claimId;
    }

    @Override
    @JsonIgnore
    public Instant eventTime() {
        return extractedAt;
    }

    /** Character offsets into the submitted text: {@code start} inclusive, {@code end} exclusive. */
    public record Span(int start, int end) {
        public Span {
            Required.notNegative(start, "span.start");
            if (end < start) {
                throw new IllegalArgumentException("span.end must not be before span.start: " + start + ".." + end);
            }
        }
    }

    /**
     * Who asserted a claim, with whether the claim is their direct quote.
     *
     * @param name the claimant's name without the titles and roles written with it ("Angela Rayner"), or the
     *     description of an anonymous source ("a security official"); null when the claim is the author's own and the
     *     author is not known
     * @param type what kind of claimant it is
     * @param quote whether the claim is the claimant's direct quote
     * @param role the titles and roles written with the name ("Labour MP", "Statsminister"), else null; null in records
     *     written before it was added
     * @param normalized the claimant's identity, one form for every way documents name them, as entities have one:
     *     lower-case, accents folded, the full name where a document names a surname alone, an organisation's name for
     *     its acronym ("ONS" and "Office for National Statistics" share one); null for anonymous sources, an unknown
     *     author and records written before it was added
     */
    public record Claimant(String name, ClaimantType type, boolean quote, String role, String normalized) {
        public Claimant {
            Objects.requireNonNull(type, "claimant.type is required");
        }

        /** A claimant as records without identities carry it: no role, no normalised form. */
        public Claimant(String name, ClaimantType type, boolean quote) {
            this(name, type, quote, null, null);
        }
    }

    /** A named entity as written and in its normalised form (U.S., USA and United States share one form). */
    public record Entity(String text, EntityType type, String normalized) {
        public Entity {
            Objects.requireNonNull(text, "entity.text is required");
            Objects.requireNonNull(type, "entity.type is required");
            Objects.requireNonNull(normalized, "entity.normalized is required");
        }
    }

    /** A number as written, its value, and its unit (null for a bare count). */
    public record Quantity(String text, double value, String unit) {
        public Quantity {
            Objects.requireNonNull(text, "quantity.text is required");
        }
    }

    /** A date as written and its ISO 8601 value, as precise as the text: "2017-11-13", "2014-06" or "2016". */
    public record DateMention(String text, String value) {
        public DateMention {
            Objects.requireNonNull(text, "date.text is required");
            Objects.requireNonNull(value, "date.value is required");
        }
    }

    /**
     * Where a claim's document came from, copied from the submitted document.
     *
     * @param url the document's URL, or null
     * @param source the publisher or site that sent or published it, or null
     * @param publishedAt when it was published, or null when unknown
     * @param receivedAt when Claimflow received it
     */
    public record Origin(String url, String source, Instant publishedAt, Instant receivedAt) {}

    /** The extractor's name and version; a new version gives new claim ids. */
    public record Extractor(String name, String version) {
        public Extractor {
            Required.text(name, "extractor.name");
            Required.text(version, "extractor.version");
        }
    }
}
