package io.claimflow.store.rest.explorer;

/**
 * Where each page of the explorer is, so that every link to one is made the same way. The pages are for people, not
 * part of the API: their operations are hidden from the OpenAPI document, which describes the API alone.
 */
final class ExplorerPaths {

    static final String ROOT = "/explorer/";

    private ExplorerPaths() {}

    /** The claims page filtered on one value. */
    static String claims(String parameter, String value) {
        return ROOT + "?" + parameter + "=" + ViewLinks.encode(value);
    }

    static String document(String documentId) {
        return ROOT + "documents/" + ViewLinks.encode(documentId);
    }

    static String narrative(String narrativeId) {
        return ROOT + "narratives/" + ViewLinks.encode(narrativeId);
    }

    static String narratives() {
        return ROOT + "narratives";
    }

    static String claimant(String name) {
        return ROOT + "claimants/" + ViewLinks.encode(name);
    }
}
