package io.claimflow.store.rest.explorer;

import io.claimflow.store.query.QueryParameters;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The links of a page whose query string is its view: the same view with one parameter set or removed, or one page on.
 * Only the parameters a page knows are carried, and a changed view starts again at its first page.
 */
final class ViewLinks {

    private final String path;
    private final Map<String, String> view;

    private ViewLinks(String path, Map<String, String> view) {
        this.path = path;
        this.view = view;
    }

    /** The view of the request: the first non-blank value of each of the parameters, in their order. */
    static ViewLinks of(String path, MultivaluedMap<String, String> query, List<String> parameters) {
        Map<String, String> view = new LinkedHashMap<>();
        for (String parameter : parameters) {
            String value = query.getFirst(parameter);
            if (value != null && !value.isBlank()) {
                view.put(parameter, value.strip());
            }
        }
        return new ViewLinks(path, view);
    }

    /** The parameter's value in this view, or null. */
    String value(String parameter) {
        return view.get(parameter);
    }

    /** Every parameter of the view but the one named: what a form that sets that one must carry along. */
    Map<String, String> except(String parameter) {
        Map<String, String> rest = new LinkedHashMap<>(view);
        rest.remove(parameter);
        rest.remove(QueryParameters.CURSOR);
        return rest;
    }

    /** This view with the parameter set to the value, from its first page. */
    String with(String parameter, String value) {
        Map<String, String> changed = except(parameter);
        changed.put(parameter, value);
        return link(changed);
    }

    /** This view without the parameter, from its first page. */
    String without(String parameter) {
        return link(except(parameter));
    }

    /** This view from its first page. */
    String first() {
        return without(QueryParameters.CURSOR);
    }

    /** This view from the page the cursor points at. */
    String at(String cursor) {
        return with(QueryParameters.CURSOR, cursor);
    }

    private String link(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return path;
        }
        return path + "?"
                + parameters.entrySet().stream()
                        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                        .collect(Collectors.joining("&"));
    }

    /** A path segment or query value, percent-encoded (spaces as %20, which every reader takes). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
