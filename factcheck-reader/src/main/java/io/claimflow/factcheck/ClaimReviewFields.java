package io.claimflow.factcheck;

import static io.claimflow.factcheck.JsonValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimflow.contracts.event.FactCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one record to a {@link FactCheck}: a schema.org {@code ClaimReview} as fact-checkers publish it, the same fields
 * flat (NDJSON, CSV: {@code verdict}, {@code author}, {@code appearance}; Claimflow's own {@code FactCheck} JSON as the
 * topic carries it reads too), or a CheckThat! collection's line ({@code vclaim}, {@code truth_label}, {@code speaker},
 * {@code text_head}). Where several fields say one thing, the first present wins, in the order listed here.
 */
final class ClaimReviewFields {

    static final String TYPE = "@type";
    static final String CLAIM_REVIEW = "ClaimReview";
    /** The fields that hold the checked claim, first present wins. */
    static final List<String> CLAIM_COLUMNS = List.of("claimReviewed", "vclaim");

    private ClaimReviewFields() {}

    /** The fact-check of a record; a missing claim or a field of the wrong shape fails with the field's name. */
    static FactCheck factCheck(JsonNode record) {
        if (!record.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, was " + record.getNodeType());
        }
        String type = text(record, TYPE);
        if (type != null && !CLAIM_REVIEW.equals(type)) {
            throw new IllegalArgumentException(TYPE + " is " + type + ", not " + CLAIM_REVIEW);
        }
        JsonNode item = record.path("itemReviewed");
        return new FactCheck(
                first(text(record, "id"), text(record, "identifier")),
                first(text(record, "url"), text(record, "page_url")),
                first(text(record, CLAIM_COLUMNS.get(0)), text(record, CLAIM_COLUMNS.get(1))),
                first(text(record, "title"), text(record, "headline"), text(record, "name")),
                first(
                        nameOf(record, "reviewRating", "alternateName"),
                        text(record, "verdict"),
                        text(record, "truth_label")),
                first(nameOf(record, "author", "name"), nameOf(record, "publisher", "name")),
                first(
                        item.isObject() ? nameOf(item, "author", "name") : null,
                        text(record, "claimant"),
                        text(record, "speaker")),
                date(text(record, "datePublished"), text(record, "date")),
                first(nameOf(record, "inLanguage", "alternateName"), text(record, "language")),
                appearances(
                        item.isObject()
                                ? item.get("appearance")
                                : record.has("appearance") ? record.get("appearance") : record.get("appearances")),
                first(
                        text(record, "reviewBody"),
                        text(record, "body"),
                        text(record, "text_head"),
                        text(record, "description"),
                        text(record, "subtitle")));
    }

    /** A field that is a name as text or an object with the name in {@code property} (schema.org allows both). */
    private static String nameOf(JsonNode record, String field, String property) {
        JsonNode value = record.get(field);
        if (value != null && value.isArray()) {
            value = value.isEmpty() ? null : value.get(0); // several authors: the first names the publisher
        }
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            String name = text(value, property);
            return name != null ? name : text(value, "name");
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException(field + " must be a name or an object with one");
        }
        return value.asText();
    }

    private static List<String> appearances(JsonNode value) {
        List<String> urls = new ArrayList<>();
        if (value == null || value.isNull()) {
            return urls;
        }
        for (JsonNode each : value.isArray() ? value : List.of(value)) {
            if (each.isTextual()) {
                urls.addAll(List.of(each.asText().strip().split("\\s+"))); // a CSV cell: URLs separated by spaces
            } else if (each.isObject() && text(each, "url") != null) {
                urls.add(text(each, "url"));
            } else {
                throw new IllegalArgumentException("appearance must be URLs or objects with a url");
            }
        }
        urls.removeIf(String::isBlank);
        return urls;
    }

    /**
     * ClaimReview's {@code datePublished} is a date, so one that is not fails; CheckThat!'s {@code date} is free text
     * ("stated on October 22, 2019 in a campaign mailer"), a few of its lines hold none: those have no date.
     */
    private static LocalDate date(String datePublished, String freeText) {
        try {
            return datePublished != null ? PublishedDates.parse(datePublished) : PublishedDates.find(freeText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("datePublished " + e.getMessage(), e);
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
