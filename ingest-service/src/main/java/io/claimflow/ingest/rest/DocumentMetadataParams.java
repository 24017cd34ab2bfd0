package io.claimflow.ingest.rest;

import io.claimflow.ingest.mapping.DocumentReader;
import io.claimflow.service.rest.UnknownQueryParameters;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The metadata of a document whose body is only its content (plain text or HTML): query parameters, or the matching
 * headers when a client cannot set a query; a query parameter wins.
 */
public class DocumentMetadataParams {

    static final String ID = "id";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String LANGUAGE = "language";
    static final String PUBLISHED_AT = "publishedAt";
    static final String SOURCE = "source";
    /** The query parameters of a document whose body is its content; other endpoints take none. */
    static final List<String> NAMES = List.of(ID, URL, TITLE, LANGUAGE, PUBLISHED_AT, SOURCE);

    @Parameter(description = "The document's id; derived from text and URL when absent")
    @QueryParam(ID)
    String id;

    @HeaderParam("X-Document-Id")
    String idHeader;

    @Parameter(description = "Where the document was published")
    @QueryParam(URL)
    String url;

    @HeaderParam("X-Document-Url")
    String urlHeader;

    @Parameter(description = "The document's title")
    @QueryParam(TITLE)
    String title;

    @HeaderParam("X-Document-Title")
    String titleHeader;

    @Parameter(description = "ISO 639-1 code of its language")
    @QueryParam(LANGUAGE)
    String language;

    @HeaderParam("Content-Language")
    String languageHeader;

    @Parameter(description = "Publication time, ISO 8601 with offset")
    @QueryParam(PUBLISHED_AT)
    String publishedAt;

    @HeaderParam("X-Document-Published-At")
    String publishedAtHeader;

    @Parameter(description = "The publisher or feed name")
    @QueryParam(SOURCE)
    String source;

    @HeaderParam("X-Document-Source")
    String sourceHeader;

    @Context
    UriInfo uri;

    /** The metadata, or a 400 naming every query parameter that is none of it. */
    DocumentReader.Metadata metadata() {
        UnknownQueryParameters.refuseUnknown(uri, NAMES);
        return new DocumentReader.Metadata(
                either(id, idHeader),
                either(url, urlHeader),
                either(title, titleHeader),
                either(language, languageHeader),
                either(publishedAt, publishedAtHeader),
                either(source, sourceHeader));
    }

    private static String either(String query, String header) {
        return query != null && !query.isBlank() ? query : header == null || header.isBlank() ? null : header;
    }
}
