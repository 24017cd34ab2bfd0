package io.claimflow.store.query;

import static io.claimflow.store.query.QueryParameters.CURSOR;
import static io.claimflow.store.query.QueryParameters.FROM;
import static io.claimflow.store.query.QueryParameters.LANGUAGE;
import static io.claimflow.store.query.QueryParameters.LAST_EVENT_ID;
import static io.claimflow.store.query.QueryParameters.LIMIT;
import static io.claimflow.store.query.QueryParameters.SORT;
import static io.claimflow.store.query.QueryParameters.TO;

import io.claimflow.contracts.identity.LanguageCodes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One request's parameters as they are read, and every error found so far: the checks that the claim and narrative
 * parsers share, so a parameter of the same name means and refuses the same on every endpoint.
 */
final class ParameterReading {

    /** The longest text a text parameter may hold. */
    static final int MAX_TEXT = 500;

    private final Map<String, List<String>> parameters;
    private final List<ParameterError> errors = new ArrayList<>();

    ParameterReading(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    /** The query, or every error found while reading it. */
    <Q> ParsedQuery<Q> result(Q query) {
        return errors.isEmpty() ? new ParsedQuery.Valid<>(query) : new ParsedQuery.Invalid<>(errors);
    }

    /** {@code from} and {@code to}, the second after the first. */
    Instant[] range() {
        Instant from = instant(FROM, false);
        Instant to = instant(TO, true);
        if (from != null && to != null && !from.isBefore(to)) {
            reject(TO, "must be after " + FROM);
        }
        return new Instant[] {from, to};
    }

    /** A count within 1..max, the default when absent. */
    int limit(int fallback, int max) {
        String value = present(LIMIT);
        if (value == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, as a number out of range is
        }
        reject(LIMIT, "must be a whole number from 1 to " + max);
        return fallback;
    }

    /** The order {@code sort} names, the default when absent; an unknown name is refused listing the known ones. */
    <S> S sort(Function<String, Optional<S>> byName, S fallback, String names) {
        return choice(SORT, byName, fallback, names);
    }

    /** The value a parameter names among a fixed few, the fallback when absent; an unknown name is refused. */
    <C> C choice(String parameter, Function<String, Optional<C>> byName, C fallback, String names) {
        String value = present(parameter);
        if (value == null) {
            return fallback;
        }
        return byName.apply(value).orElseGet(() -> {
            reject(parameter, "must be " + names);
            return fallback;
        });
    }

    /**
     * Where the page starts, null for the first; a cursor this API did not issue for the listing is refused.
     *
     * @param listing which listing the cursor must come from, for the message: "sort=score", "fact-checks"
     */
    <P> P cursor(Function<String, Optional<P>> decode, String listing) {
        String cursor = value(CURSOR);
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        return decode.apply(cursor).orElseGet(() -> {
            reject(CURSOR, "is not a cursor this API issued for " + listing);
            return null;
        });
    }

    Long resumeAfter(String lastEventId) {
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

    /** true or false, in any case; null when absent. */
    Boolean bool(String name) {
        String value = present(name);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return value.equalsIgnoreCase("true");
        }
        reject(name, "must be true or false");
        return null;
    }

    String language() {
        String value = text(LANGUAGE);
        if (value != null && !LanguageCodes.isClaimLanguage(value)) {
            reject(LANGUAGE, LanguageCodes.CLAIM_LANGUAGE_MESSAGE);
            return null;
        }
        return LanguageCodes.normalize(value);
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
    String text(String name) {
        String value = present(name);
        if (value != null && value.length() > MAX_TEXT) {
            reject(name, "must be at most " + MAX_TEXT + " characters");
            return null;
        }
        return value;
    }

    /** The parameter's value, stripped; null when absent or blank. */
    String present(String name) {
        String value = value(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The parameter's first value as sent; null when absent. */
    String value(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    void reject(String parameter, String message) {
        errors.add(new ParameterError(parameter, message));
    }
}
