package io.claimflow.store.query;

import static io.claimflow.store.query.QueryParameters.CLAIMANT;
import static io.claimflow.store.query.QueryParameters.CLAIMANT_TYPE;
import static io.claimflow.store.query.QueryParameters.CURSOR;
import static io.claimflow.store.query.QueryParameters.DOCUMENT_ID;
import static io.claimflow.store.query.QueryParameters.ENTITY;
import static io.claimflow.store.query.QueryParameters.FROM;
import static io.claimflow.store.query.QueryParameters.LANGUAGE;
import static io.claimflow.store.query.QueryParameters.LAST_EVENT_ID;
import static io.claimflow.store.query.QueryParameters.LIMIT;
import static io.claimflow.store.query.QueryParameters.MIN_SCORE;
import static io.claimflow.store.query.QueryParameters.NARRATIVE;
import static io.claimflow.store.query.QueryParameters.Q;
import static io.claimflow.store.query.QueryParameters.SORT;
import static io.claimflow.store.query.QueryParameters.SOURCE;
import static io.claimflow.store.query.QueryParameters.TO;

import io.claimflow.contracts.event.Checkworthiness;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the parameters of a query API request into a {@link ClaimQuery}. Every parameter is checked, so a bad request
 * hears about every bad parameter at once. Which parameters an endpoint takes at all is checked where the request
 * arrives (the REST layer), with the check every service shares.
 */
@ApplicationScoped
public class ClaimQueryParser {

    /** The longest text a text parameter may hold. */
    static final int MAX_TEXT = 500;

    private final Limits limits;

    @Inject
    public ClaimQueryParser(StoreConfig config) {
        this(new Limits(config.defaultPageSize(), config.defaultFacetSize(), config.maxPageSize()));
    }

    public ClaimQueryParser(Limits limits) {
        this.limits = limits;
    }

    /**
     * The query a request asks for, or what is wrong with it.
     *
     * @param kind what the request asks for
     * @param parameters its query parameters, each with its values (the first one counts)
     * @param lastEventId the feed's {@code Last-Event-ID} header, null when absent; only {@link QueryKind#FEED} reads
     *     it
     */
    public ParsedQuery parse(QueryKind kind, Map<String, List<String>> parameters, String lastEventId) {
        return new Reading(parameters).query(kind, lastEventId);
    }

    /**
     * How many claims or facet values an answer holds.
     *
     * @param defaultPageSize claims per page when {@code limit} is absent
     * @param defaultFacetSize facet values when {@code limit} is absent
     * @param max the most {@code limit} may ask for
     */
    public record Limits(int defaultPageSize, int defaultFacetSize, int max) {}

    /** One request's reading: its parameters and the errors found so far. */
    private final class Reading {
        private final Map<String, List<String>> parameters;
        private final List<ParameterError> errors = new ArrayList<>();

        Reading(Map<String, List<String>> parameters) {
            this.parameters = parameters;
        }

        ParsedQuery query(QueryKind kind, String lastEventId) {
            ClaimFilter filter = filter();
            ClaimQuery query = switch (kind) {
                case PAGE -> {
                    ClaimSort sort = sort();
                    yield new ClaimQuery(filter, sort, limit(limits.defaultPageSize()), position(sort), null);
                }
                case FACET -> new ClaimQuery(filter, null, limit(limits.defaultFacetSize()), null, null);
                case FEED -> new ClaimQuery(filter, null, null, null, resumeAfter(lastEventId));
            };
            return errors.isEmpty() ? new ParsedQuery.Valid(query) : new ParsedQuery.Invalid(errors);
        }

        private ClaimFilter filter() {
            Instant from = instant(FROM, false);
            Instant to = instant(TO, true);
            if (from != null && to != null && !from.isBefore(to)) {
                reject(TO, "must be after " + FROM);
            }
            return new ClaimFilter(
                    text(Q),
                    language(),
                    text(CLAIMANT),
                    claimantType(),
                    text(ENTITY),
                    text(DOCUMENT_ID),
                    text(SOURCE),
                    score(),
                    from,
                    to,
                    text(NARRATIVE));
        }

        private ClaimSort sort() {
            String value = present(SORT);
            if (value == null) {
                return ClaimSort.DEFAULT;
            }
            return ClaimSort.fromWireName(value).orElseGet(() -> {
                reject(SORT, "must be " + ClaimSort.wireNames());
                return ClaimSort.DEFAULT;
            });
        }

        /** A count within 1..max, the default when absent. */
        private int limit(int fallback) {
            String value = present(LIMIT);
            if (value == null) {
                return fallback;
            }
            try {
                int limit = Integer.parseInt(value);
                if (limit >= 1 && limit <= limits.max()) {
                    return limit;
                }
            } catch (NumberFormatException e) {
                // reported below, as a number out of range is
            }
            reject(LIMIT, "must be a whole number from 1 to " + limits.max());
            return fallback;
        }

        /** Where the page starts; a cursor this API did not issue for the order is refused. */
        private PagePosition position(ClaimSort sort) {
            String cursor = value(CURSOR);
            if (cursor == null || cursor.isEmpty()) {
                return null;
            }
            return PageCursor.decode(cursor, sort).orElseGet(() -> {
                reject(CURSOR, "is not a cursor this API issued for " + SORT + "=" + sort.wireName());
                return null;
            });
        }

        private Long resumeAfter(String lastEventId) {
            if (lastEventId == null || lastEventId.isBlank()) {
                return null;
            }
            try {
                return Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                reject(LAST_EVENT_ID, "must be the id of an event of this feed");
                return null;
            }
        }

        private String language() {
            String value = text(LANGUAGE);
            if (value != null && !LanguageCodes.isClaimLanguage(value)) {
                reject(LANGUAGE, LanguageCodes.CLAIM_LANGUAGE_MESSAGE);
                return null;
            }
            return LanguageCodes.normalize(value);
        }

        private ClaimantType claimantType() {
            String value = text(CLAIMANT_TYPE);
            if (value == null) {
                return null;
            }
            try {
                return ClaimantType.fromWireName(value);
            } catch (IllegalArgumentException e) {
                reject(CLAIMANT_TYPE, "must be one of " + QueryParameters.claimantTypes());
                return null;
            }
        }

        private Double score() {
            String value = text(MIN_SCORE);
            if (value == null) {
                return null;
            }
            try {
                double score = Double.parseDouble(value);
                if (Checkworthiness.isScore(score)) {
                    return score;
                }
            } catch (NumberFormatException e) {
                // reported below, as a number out of range is
            }
            reject(MIN_SCORE, Checkworthiness.MESSAGE);
            return null;
        }

        /** An ISO instant, or a date meaning its first moment (UTC); a date as {@code to} includes that whole day. */
        private Instant instant(String name, boolean endOfDay) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                try {
                    LocalDate date = LocalDate.parse(text);
                    return (endOfDay ? date.plusDays(1) : date)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant();
                } catch (DateTimeParseException notADate) {
                    reject(name, "must be an ISO 8601 instant (2017-11-13T10:00:00Z) or date (2017-11-13)");
                    return null;
                }
            }
        }

        /** The parameter's text, stripped; null when absent or blank, or too long (which is reported). */
        private String text(String name) {
            String value = present(name);
            if (value != null && value.length() > MAX_TEXT) {
                reject(name, "must be at most " + MAX_TEXT + " characters");
                return null;
            }
            return value;
        }

        /** The parameter's value, stripped; null when absent or blank. */
        private String present(String name) {
            String value = value(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private String value(String name) {
            List<String> values = parameters.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        private void reject(String parameter, String message) {
            errors.add(new ParameterError(parameter, message));
        }
    }
}
