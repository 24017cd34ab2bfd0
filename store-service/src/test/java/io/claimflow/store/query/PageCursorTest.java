package io.claimflow.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A cursor of a document's claims reads back as the position it was made from, and no other cursor reads as one. */
class PageCursorTest {

    @Test
    void aDocumentClaimPositionRoundTripsEvenWithTheSeparatorInItsId() {
        DocumentClaimPosition position = new DocumentClaimPosition(41, "doc:with:colons-0041");
        assertThat(PageCursor.decodeDocumentClaim(PageCursor.encode(position))).contains(position);
    }

    @Test
    void otherCursorsAreNotDocumentClaimPositions() {
        assertThat(PageCursor.decodeDocumentClaim(PageCursor.encodeFactCheck(7)))
                .isEmpty();
        assertThat(PageCursor.decodeDocumentClaim(PageCursor.encode(new PagePosition(ClaimSort.NEWEST, 0, 9))))
                .isEmpty();
        assertThat(PageCursor.decodeDocumentClaim("not base64 !")).isEmpty();
        assertThat(PageCursor.decodeDocumentClaim(base64("d:1:")))
                .as("no claim id")
                .isEmpty();
        assertThat(PageCursor.decodeDocumentClaim(base64("d:one:c-1")))
                .as("no ordinal")
                .isEmpty();
    }

    private static String base64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
