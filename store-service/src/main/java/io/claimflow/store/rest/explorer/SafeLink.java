package io.claimflow.store.rest.explorer;

import io.quarkus.qute.TemplateData;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A URL a document brought (a citation, a page, a fact-check), shown as its text and made a link only when it is an
 * absolute http or https URL: {@code javascript:}, {@code data:} and the like stay text.
 *
 * @param text the URL as the document gave it
 * @param href the same URL when it may be followed, else null
 */
@TemplateData
public record SafeLink(String text, String href) {

    static SafeLink of(String url) {
        if (url == null) {
            return null;
        }
        return new SafeLink(url, followable(url) ? url.strip() : null);
    }

    private static boolean followable(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
