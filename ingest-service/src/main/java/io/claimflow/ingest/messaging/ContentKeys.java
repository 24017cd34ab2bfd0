package io.claimflow.ingest.messaging;

import io.claimflow.contracts.identity.StableIds;

/** What makes two submissions the same document: their normalised text and URL, as the contract's id derives it. */
public final class ContentKeys {

    private ContentKeys() {}

    public static String of(String text, String url) {
        return StableIds.documentId(text, url == null || url.isBlank() ? null : url.strip());
    }
}
