package io.claimflow.match.analysis;

import io.claimflow.contracts.event.ClaimExtracted;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language-independent anchors of a claim as typed keys: {@code e:} normalised entity, {@code q:} quantity (value
 * and unit), {@code d:} ISO date, {@code u:} cited URL (scheme, {@code www.} and trailing slash off), {@code h:} cited
 * domain. The type decides an anchor's weight: a URL or a specific quantity says more than an entity or a year.
 */
public final class Anchors {

    public static final String ENTITY = "e:";
    public static final String QUANTITY = "q:";
    public static final String DATE = "d:";
    public static final String URL = "u:";
    public static final String DOMAIN = "h:";

    private Anchors() {}

    /** The anchors of a claim, in order of first mention, without repeats. */
    public static List<String> of(ClaimExtracted claim) {
        Set<String> keys = new LinkedHashSet<>();
        claim.entities().forEach(entity -> keys.add(ENTITY + entity.normalized()));
        claim.quantities().stream()
                // "Thousands" or "hundreds" is a manner of speaking, not a figure two claims could share.
                .filter(quantity -> quantity.text().chars().anyMatch(Character::isDigit))
                .forEach(quantity -> keys.add(QUANTITY + quantity(quantity.value(), quantity.unit())));
        claim.dates().forEach(date -> keys.add(DATE + date.value()));
        for (String citation : claim.citations()) {
            String url = url(citation);
            keys.add(URL + url);
            int slash = url.indexOf('/');
            keys.add(DOMAIN + (slash < 0 ? url : url.substring(0, slash)));
        }
        return List.copyOf(keys);
    }

    /** The weight of an anchor's type, multiplied with its inverse document frequency. */
    public static double typeWeight(String key) {
        if (key.startsWith(URL)) {
            return 3.0;
        }
        if (key.startsWith(QUANTITY)) {
            return 2.0;
        }
        if (key.startsWith(DOMAIN)) {
            return 1.5;
        }
        if (key.startsWith(DATE)) {
            // A bare year is shared by most news of that year; a full date much less.
            return key.length() >= DATE.length() + 10 ? 1.5 : 0.5;
        }
        return 1.0;
    }

    static String quantity(double value, String unit) {
        String number = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    static String url(String citation) {
        String url = citation.strip();
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null) {
                String host = uri.getHost().toLowerCase(Locale.ROOT);
                host = host.startsWith("www.") ? host.substring(4) : host;
                host = host.startsWith("m.") || host.startsWith("mobile.")
                        ? host.substring(host.indexOf('.') + 1)
                        : host;
                String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                url = host + path + query;
            }
        } catch (IllegalArgumentException e) {
            // Not a URI Java accepts: keep the text as written, it still matches the same text elsewhere.
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
