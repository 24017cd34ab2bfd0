package io.claimflow.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of store-service ({@code claimflow.store.*}); their defaults are declared here and nowhere else. */
@ConfigMapping(prefix = "claimflow.store")
public interface StoreConfig {

    /** Claims per page when the client does not say. */
    @WithDefault("20")
    int defaultPageSize();

    /** Values of a facet ({@code /claimants}, {@code /entities}) when the client does not say. */
    @WithDefault("20")
    int defaultFacetSize();

    /** The most claims (or facet values) one answer may hold. */
    @WithDefault("200")
    int maxPageSize();

    /**
     * The most claims one answer about a document holds ({@code GET /documents/{id}} and a page of its claims): a 10 MB
     * document has tens of thousands, and one answer holding them all would not fit the service's heap.
     */
    @WithDefault("1000")
    int maxDocumentClaims();

    /** How often a live feed looks for new claims when no local write woke it. */
    @WithDefault("1s")
    Duration streamPollInterval();

    /** How long a live feed may stay silent before it sends a keep-alive comment. */
    @WithDefault("15s")
    Duration streamHeartbeat();

    /** The most live feeds served at once; more get 503. */
    @WithDefault("100")
    int maxStreams();

    /** How long a client refused a live feed (too many) is told to wait before it asks again. */
    @WithDefault("30s")
    Duration streamRetryAfter();

    /** ingest-service's base URL, where the explorer's submit page sends the documents it is given. */
    @WithDefault("http://localhost:8081")
    String ingestUrl();

    /**
     * Whether the submit page may fetch pages from this machine's and private networks' addresses: off, so the page
     * cannot be used to read what only the store's network can reach; on for a deployment whose documents are pages of
     * its own intranet.
     */
    @WithDefault("false")
    boolean submitFetchesPrivateAddresses();
}
