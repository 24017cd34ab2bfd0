package io.claimflow.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The document id's fast paths give exactly the ids of NFC and a white-space regular expression, which it replaced. */
class StableIdsNormalizationTest {

    /** Characters a fast path must treat right: combining marks, singletons NFC replaces, Hangul jamo, white space. */
    private static final String TRICKY = "a\u0308\u0300\u0301\u0340\u0345\u0344\u2000\u2001\u212b\u1100\u1161\u11a8"
            + " \t\n\u000b\f\r\u00a0\u2028\u3000\u00e4\u00c5\u2019\u201c\u201d\u2013\u2026\ud83d\ude00\ud83c\udf0d";

    @Test
    void everyStringOfCharactersThatStayComposedIsInNfc() {
        List<Character> staying = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (NormalizedText.staysComposed(c)) {
                staying.add(c);
            }
        }
        // Composition and reordering act on neighbours, so every pair being NFC means no such string changes.
        StringBuilder pair = new StringBuilder("  ");
        for (char first : staying) {
            pair.setCharAt(0, first);
            for (char second : staying) {
                pair.setCharAt(1, second);
                assertThat(Normalizer.isNormalized(pair, Normalizer.Form.NFC))
                        .as("U+%04X U+%04X", (int) first, (int) second)
                        .isTrue();
            }
        }
        assertThat(staying).hasSizeGreaterThan(700);
    }

    @Test
    void idsAreThoseOfNfcAndTheRegularExpression() {
        Random random = new Random(12);
        String alphabet = TRICKY + "Hävdar 4,000 fighters—“left” Raqqa’s…";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String url = random.nextBoolean() ? null : " https://Example.org/" + n;
            assertThat(StableIds.documentId(text.toString(), url))
                    .as("%s", text)
                    .isEqualTo(reference(text.toString(), url));
        }
    }

    @Test
    void claimIdsAreThoseOfTheirParts() {
        assertThat(StableIds.claimId("doc-ä", 10, 20, "1.2"))
                .isEqualTo(reference("claim", List.of("doc-ä", "10", "20", "1.2")));
    }

    /** The document id as it was first written. */
    private static String reference(String text, String url) {
        String normalizedText =
                Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        String normalizedUrl = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return reference("document", List.of(normalizedText, normalizedUrl));
    }

    private static String reference(String kind, List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                sha.update((byte) 0);
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
