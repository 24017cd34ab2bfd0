package io.claimflow.match.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

    @Test
    void aParaphraseIsCloserThanAnotherClaim() {
        SentenceEmbedder embedder = SentenceEmbedder.standard();
        float[] claim = embedder.embed("Drinking bleach cures the coronavirus.");
        List<float[]> others = embedder.embedAll(
                List.of("You can kill covid by swallowing disinfectant", "The Eiffel Tower was sold for scrap twice."));
        assertThat(claim).hasSize(384);
        assertThat(SentenceEmbedder.cosine(claim, others.get(0)))
                .isGreaterThan(0.4)
                .isGreaterThan(SentenceEmbedder.cosine(claim, others.get(1)) + 0.2);
        assertThat(SentenceEmbedder.cosine(claim, claim)).isCloseTo(1.0, Offset.offset(1e-5));
        assertThat(SentenceEmbedder.cosine(claim, null)).isZero();
        assertThat(embedder.reads("en")).isTrue();
        assertThat(embedder.reads("sv")).isFalse();
    }

    @Test
    void anEmbeddingIsStoredAndReadBackExactly() {
        float[] vector = {0.5f, -1.25f, 3e-7f, 0};
        byte[] bytes = SentenceEmbedder.bytes(vector);
        byte[] padded = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, padded, 2, bytes.length);
        assertThat(SentenceEmbedder.vector(new BytesRef(padded, 2, bytes.length)))
                .containsExactly(vector);
    }
}
