package io.claimflow.match.factcheck;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * English sentence embeddings (all-MiniLM-L6-v2, quantized, run in-process by ONNX Runtime from the Maven artifact; no
 * network): the reranker's meaning-level similarity of a text and a fact-check's claim. Other languages get none.
 */
public final class SentenceEmbedder {

    /** The one language the model reads. */
    public static final String LANGUAGE = "en";

    private final EmbeddingModel model;

    public SentenceEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** The quantized all-MiniLM-L6-v2, loaded once (about 23 MB). */
    public static SentenceEmbedder standard() {
        return Standard.EMBEDDER;
    }

    // Holder idiom: the ONNX session starts on first use, once per class loader.
    private static final class Standard {
        static final SentenceEmbedder EMBEDDER = new SentenceEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    /** Whether texts of a language are embedded. */
    public boolean reads(String language) {
        return LANGUAGE.equals(language);
    }

    /** The embedding of one text (unit length). */
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    /** The embeddings of many texts, in order (the model spreads a batch over the cores). */
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(embedding -> embedding.vector())
                .toList();
    }

    /** An embedding as bytes to store (big-endian floats). */
    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    /** An embedding stored by {@link #bytes}. */
    static float[] vector(BytesRef stored) {
        float[] vector = new float[stored.length / Float.BYTES];
        ByteBuffer.wrap(stored.bytes, stored.offset, stored.length)
                .asFloatBuffer()
                .get(vector);
        return vector;
    }

    /** The cosine of two embeddings; 0 when either is missing. */
    public static double cosine(float[] a, float[] b) {
        if (a == null || b == null) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
    }
}
