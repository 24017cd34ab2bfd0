package io.claimflow.contracts.identity;

import io.claimflow.contracts.event.FactCheck;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ids of the contract, derived from content so that every producer, in any process, gives the same input the same
 * id: resubmissions and replays then deduplicate by id.
 */
public final class StableIds {

    private static final int ID_BYTES = 16;

    /** A document id a client may choose, for Bean Validation's {@code @Pattern}: 1 to 128 of {@code A-Za-z0-9._:-}. */
    public static final String CLIENT_DOCUMENT_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";

    /** What an invalid client document id is told. */
    public static final String CLIENT_DOCUMENT_ID_MESSAGE =
            "must be 1 to 128 letters, digits or ._:- and start with a letter or digit";

    private static final Pattern CLIENT_ID = Pattern.compile(CLIENT_DOCUMENT_ID);

    private StableIds() {}

    /** Whether a client's document id is valid. */
    public static boolean isClientDocumentId(String id) {
        return id != null && CLIENT_ID.matcher(id).matches();
    }

    /**
     * The id of a document the client gave no id for: its text with Unicode and white space normalised (so re-encoding
     * or re-wrapping the same article gives the same id), plus its URL if any.
     */
    public static String documentId(String text, String url) {
        return digest("document", NormalizedText.utf8(text), utf8(normalizedUrl(url)));
    }

    /** The id of a fact-check its publisher gave no id for: its URL (the same URL always gives the same id). */
    public static String factCheckId(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a fact-check without an id needs a URL");
        }
        return digest("factcheck", utf8(normalizedUrl(url)));
    }

    /**
     * A version of a fact-check: every field it carries, so the same fact-check imported again is known as such and a
     * revised one (a verdict changed, a title corrected) is a new version.
     */
    public static String factCheckVersion(FactCheck factCheck) {
        return digest(
                "factcheck-version",
                utf8(factCheck.id()),
                optional(factCheck.url()),
                utf8(factCheck.claimReviewed()),
                optional(factCheck.title()),
                optional(factCheck.verdict()),
                optional(factCheck.publisher()),
                optional(factCheck.claimant()),
                optional(
                        factCheck.datePublished() == null
                                ? null
                                : factCheck.datePublished().toString()),
                utf8(factCheck.language()),
                utf8(String.join(" ", factCheck.appearances())),
                optional(factCheck.body()));
    }

    /** The set of fact-checks (with their verdicts) found for a claim, each named by one string, order kept. */
    public static String factCheckMatches(List<String> factChecks) {
        return digest(
                "factcheck-matches", factChecks.stream().map(StableIds::utf8).toArray(byte[][]::new));
    }

    /** A missing value as a byte no text encodes to in UTF-8, so that null and "" differ. */
    private static byte[] optional(String value) {
        return value == null ? new byte[] {(byte) 0xFF} : utf8(value);
    }

    /** A URL as ids compare it: case and surrounding white space do not count. */
    public static String normalizedUrl(String url) {
        return url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
    }

    /** The id of a claim: the same document, span and extractor version always give the same id. */
    public static String claimId(String documentId, int start, int end, String extractorVersion) {
        return digest(
                "claim",
                utf8(documentId),
                utf8(Integer.toString(start)),
                utf8(Integer.toString(end)),
                utf8(extractorVersion));
    }

    private static String digest(String kind, byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(utf8(kind));
            for (byte[] part : parts) {
                // A separator that cannot occur in text keeps ("ab","c") and ("a","bc") apart.
                sha.update((byte) 0);
                sha.update(part);
            }
            byte[] hash = sha.digest();
            return HexFormat.of().formatHex(hash, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
