package io.claimflow.service.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 bodies are read strictly, on the fast path as on the decoder's. */
class TextBodyTest {

    private static final MediaType UTF8 = MediaType.valueOf("text/plain; charset=UTF-8");

    @Test
    void readsValidUtf8IncludingAReplacementCharacterOfItsOwn() {
        String text = "Hävdar “citat” \uFFFD 🌍";
        assertThat(TextBody.decode(text.getBytes(StandardCharsets.UTF_8), UTF8)).isEqualTo(text);
        assertThat(TextBody.decode(text.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(text);
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "Hävdar".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextBody.decode(latin1, UTF8))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().kind()).isEqualTo(ProblemKind.INVALID_ENCODING));
        byte[] withReplacement = "a\uFFFDb".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[withReplacement.length + 1];
        System.arraycopy(withReplacement, 0, both, 0, withReplacement.length);
        both[withReplacement.length] = (byte) 0xc3;
        assertThatThrownBy(() -> TextBody.decode(both, UTF8)).isInstanceOf(ProblemException.class);
    }

    @Test
    void readsTheCharsetTheRequestDeclares() {
        byte[] latin1 = "Hävdar".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextBody.decode(latin1, MediaType.valueOf("text/plain; charset=ISO-8859-1")))
                .isEqualTo("Hävdar");
    }
}
