package io.claimflow.ingest.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The metadata of a document whose body is only its content (plain text, HTML, a file upload): query
 * parameters, or the matching headers when a client cannot set a query; a query parameter wins.
 */
public class DocumentMetadataParams {

    @Parameter(description = "The document's id; derived from text and URL when absent")
    @QueryParam("id")
    String id;

    @HeaderParam("X-Document-Id")
    String idHeader;

    @Parameter(description = "Where the document was published")
    @QueryParam("url")
    String url;

    @HeaderParam("X-Document-Url")
    String urlHeader;

    @Parameter(description = "The document's title")
    @QueryParam("title")
    String title;

    @HeaderParam("X-Document-Title")
    String titleHeader;

    @Parameter(description = "ISO 639-1 code of its language")
    @QueryParam("language")
    String language;

    @HeaderParam("Content-Language")
    String languageHeader;

    @Parameter(description = "Publication time, ISO 8601 with offset")
    @QueryParam("publishedAt")
    String publishedAt;

    @HeaderParam("X-Document-Published-At")
    String publishedAtHeader;

    @Parameter(description = "The publisher or feed name")
    @QueryParam("source")
    String source;

    @HeaderParam("X-Document-Source")
    String sourceHeader;

    String id() {
        return either(id, idHeader);
    }

    String url() {
        return either(url, urlHeader);
    }

    String title() {
        return either(title, titleHeader);
    }

    String language() {
        return either(language, languageHeader);
    }

    String publishedAt() {
        return either(publishedAt, publishedAtHeader);
    }

    String source() {
        return either(source, sourceHeader);
    }

    private static String either(String query, String header) {
        return query != null && !query.isBlank() ? query : header == null || header.isBlank() ? null : header;
    }
}
