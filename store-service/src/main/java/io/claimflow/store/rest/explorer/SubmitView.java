package io.claimflow.store.rest.explorer;

import io.quarkus.qute.TemplateData;

/**
 * The submit page: the form as it was filled in, and what was wrong with it.
 *
 * @param text the pasted text
 * @param url the page's URL
 * @param title the title given
 * @param problem why the document was refused, or null
 * @param needsKey whether ingest-service asked for an API key
 */
@TemplateData
public record SubmitView(String text, String url, String title, String problem, boolean needsKey) {

    static SubmitView empty() {
        return new SubmitView(null, null, null, null, false);
    }
}
