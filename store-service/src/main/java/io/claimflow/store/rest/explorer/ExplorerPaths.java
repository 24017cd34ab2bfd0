package io.claimflow.store.rest.explorer;

import io.claimflow.store.query.QueryParameters;

/** Where each page of the explorer is, so that every link to one is made the same way. */
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

    /** The claimant's claims (the claimant page is the claims page with that filter). */
    static String claimant(String name) {
        return claims(QueryParameters.CLAIMANT, name);
    }
}
