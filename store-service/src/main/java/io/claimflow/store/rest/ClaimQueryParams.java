package io.claimflow.store.rest;

import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.store.service.ClaimFilter;
import io.claimflow.store.service.ClaimSort;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of {@code GET /claims}, its live feed and its facets, read as text and checked
 * together, so that a bad request hears about every bad parameter at once.
 */
public class ClaimQueryParams {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_TEXT = 500;

    @Parameter(description = "Words to find, in any language; quotes, OR and -word as in a web search", example = "ISIS Raqqa")
    @QueryParam("q")
    String q;

    @Parameter(description = "ISO 639-1 code of the claim sentence", example = "en")
    @QueryParam("language")
    String language;

    @Parameter(description = "The claimant's name as written, case-insensitive", example = "Surovikin")
    @QueryParam("claimant")
    String claimant;

    @Parameter(description = "person, organization, media, government, anonymous or author", example = "person")
    @QueryParam("claimantType")
    String claimantType;

    @Parameter(description = "The normalised form of an entity the claim mentions, case-insensitive", example = "Islamic State")
    @QueryParam("entity")
    String entity;

    @Parameter(description = "Only claims of this document")
    @QueryParam("documentId")
    String documentId;

    @Parameter(description = "The document's source (publisher or feed)", example = "Reuters")
    @QueryParam("source")
    String source;

    @Parameter(description = "The least check-worthiness, 0..1", example = "0.7")
    @QueryParam("minScore")
    String minScore;

    @Parameter(description = "Documents published at or after this instant or date (ISO 8601)", example = "2017-11-01")
    @QueryParam("from")
    String from;

    @Parameter(description = "Documents published before this instant or date (ISO 8601)", example = "2017-12-01T00:00:00Z")
    @QueryParam("to")
    String to;

    @Context
    UriInfo uri;

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** The filter, or a 400 naming every invalid or unknown parameter. */
    ClaimFilter filter(Set<String> otherParameters) {
        errors.clear();
        Set<String> known = new TreeSet<>(otherParameters);
        known.addAll(Arrays.asList("q", "language", "claimant", "claimantType", "entity", "documentId", "source", "minScore", "from", "to"));
        for (String name : uri.getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                errors.add(new Problem.FieldError(name, "is not a parameter of this endpoint; known: " + String.join(", ", known)));
            }
        }
        Instant publishedFrom = instant("from", from, false);
        Instant publishedTo = instant("to", to, true);
        if (publishedFrom != null && publishedTo != null && !publishedFrom.isBefore(publishedTo)) {
            errors.add(new Problem.FieldError("to", "must be after from"));
        }
        return new ClaimFilter(
                text("q", q),
                language(),
                text("claimant", claimant),
                claimantType(),
                text("entity", entity),
                text("documentId", documentId),
                text("source", source),
                score(),
                publishedFrom,
                publishedTo);
    }

    /** The sort order named by the parameter, NEWEST when absent. */
    ClaimSort sort(String value) {
        if (value == null || value.isBlank()) {
            return ClaimSort.NEWEST;
        }
        try {
            return ClaimSort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("sort", "must be newest or score"));
            return ClaimSort.NEWEST;
        }
    }

    /** A count parameter within 1..max, the default when absent. */
    int limit(String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError("limit", "must be a whole number from 1 to " + max));
        return fallback;
    }

    void reject(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    /** Throws the 400 if any parameter was wrong. */
    void check() {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(error -> error.field() + " " + error.message()).reduce((a, b) -> a + "; " + b).orElse("");
            throw new ProblemException(Problem.of(ProblemKind.INVALID_PARAMETER, detail).withErrors(List.copyOf(errors)));
        }
    }

    private String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            errors.add(new Problem.FieldError(name, "must be at most " + MAX_TEXT + " characters"));
            return null;
        }
        return value.strip();
    }

    private String language() {
        String value = text("language", language);
        if (value != null && !LANGUAGE.matcher(value.toLowerCase(Locale.ROOT)).matches()) {
            errors.add(new Problem.FieldError("language", "must be an ISO 639-1 code such as en or sv"));
            return null;
        }
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private ClaimantType claimantType() {
        String value = text("claimantType", claimantType);
        if (value == null) {
            return null;
        }
        try {
            return ClaimantType.fromWireName(value);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("claimantType", "must be one of person, organization, media, government, anonymous, author"));
            return null;
        }
    }

    private Double score() {
        String value = text("minScore", minScore);
        if (value == null) {
            return null;
        }
        try {
            double score = Double.parseDouble(value);
            if (score >= 0 && score <= 1) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError("minScore", "must be a number from 0 to 1"));
        return null;
    }

    /** An ISO instant, or a date meaning its first moment (UTC); a date as {@code to} includes that whole day. */
    private Instant instant(String name, String value, boolean endOfDay) {
        String text = text(name, value);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                errors.add(new Problem.FieldError(name, "must be an ISO 8601 instant (2017-11-13T10:00:00Z) or date (2017-11-13)"));
                return null;
            }
        }
    }
}
