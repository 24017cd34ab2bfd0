package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.query.QueryParameters;
import io.claimflow.store.service.FeedSubscription;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * What the resources answer alike: the next-page link of a listing, a live feed refused for lack of room, and which of
 * JSON and another form the client asked for.
 */
final class ResourceSupport {

    private ResourceSupport() {}

    /** The request's URL with the next page's cursor and the limit it used (filters kept), or null on the last. */
    static String nextLink(UriInfo uri, String cursor, int limit) {
        return cursor == null
                ? null
                : UriBuilder.fromUri(uri.getRequestUri())
                        .replaceQueryParam(QueryParameters.CURSOR, cursor)
                        .replaceQueryParam(QueryParameters.LIMIT, limit)
                        .build()
                        .toString();
    }

    /** Answers 503 with Retry-After when the feed was not started because the store serves as many as it may. */
    static void requireStarted(FeedSubscription subscription) {
        if (subscription instanceof FeedSubscription.TooManyFeeds full) {
            throw new ProblemException(
                    Problem.of(
                            ProblemKind.TOO_MANY_STREAMS,
                            "The store serves " + full.maxFeeds() + " live feeds already; retry later"),
                    full.retryAfter());
        }
    }

    /**
     * Whether the client prefers this type to JSON, the default: it names the type (not a wildcard, so a browser's
     * {@code *}{@code /*} gets JSON) before JSON, in the order of its q-values.
     */
    static boolean prefersToJson(List<MediaType> accepted, MediaType type) {
        for (MediaType each : accepted) {
            if (each.isWildcardType()) {
                continue;
            }
            if (each.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (each.isCompatible(type)) {
                return true;
            }
        }
        return false;
    }
}
