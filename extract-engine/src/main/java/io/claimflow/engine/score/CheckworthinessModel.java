package io.claimflow.engine.score;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained check-worthiness model: a logistic regression over all features for the languages it was trained on, and
 * one over the language-independent features only for every other language. Each trained language has its own decision
 * threshold (its sentences score differently: debate sentences, tweets), and scores are shifted so that 0.5 is it.
 */
public final class CheckworthinessModel {

    /** Where the engine finds the committed model on the class path. */
    public static final String RESOURCE = "io/claimflow/engine/model/checkworthiness.bin";

    private static final int MAGIC = 0x43465357; // "CFSW"
    // Format 2 has a threshold per trained language; format 1 had one, folded into the biases.
    private static final int FORMAT = 2;

    private final int hashBits;
    private final LinearModel lexical;
    private final Map<String, Double> thresholds;
    private final LinearModel universal;
    private final double universalThreshold;
    private final Map<String, LinearModel> byLanguage = new TreeMap<>();
    private final LinearModel centeredUniversal;

    /**
     * A model from its two regressions as trained and the probability thresholds chosen for them.
     *
     * @param thresholds the lexical model's threshold for each language it was trained on
     */
    public CheckworthinessModel(
            int hashBits,
            LinearModel lexical,
            Map<String, Double> thresholds,
            LinearModel universal,
            double universalThreshold) {
        this.hashBits = hashBits;
        this.lexical = lexical;
        this.thresholds = new TreeMap<>(thresholds);
        this.universal = universal;
        this.universalThreshold = universalThreshold;
        this.thresholds.forEach((language, threshold) -> byLanguage.put(language, lexical.centeredOn(threshold)));
        this.centeredUniversal = universal.centeredOn(universalThreshold);
    }

    /** Probability-like score in 0..1 that a sentence in {@code language} is worth checking; 0.5 decides. */
    public double score(Features features, String language) {
        return byLanguage.getOrDefault(language, centeredUniversal).probability(features);
    }

    public int hashBits() {
        return hashBits;
    }

    /** The language-independent model, centred on its threshold. */
    public LinearModel universal() {
        return centeredUniversal;
    }

    public static CheckworthinessModel loadDefault() {
        try (InputStream in = CheckworthinessModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "no check-worthiness model at " + RESOURCE + ": run TrainCheckworthiness");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the check-worthiness model", e);
        }
    }

    public static CheckworthinessModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(stream));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a check-worthiness model of format " + FORMAT);
        }
        int hashBits = in.readInt();
        int languageCount = in.readInt();
        Map<String, Double> thresholds = new TreeMap<>();
        for (int i = 0; i < languageCount; i++) {
            thresholds.put(in.readUTF(), in.readDouble());
        }
        double universalThreshold = in.readDouble();
        return new CheckworthinessModel(
                hashBits, LinearModel.read(in), thresholds, LinearModel.read(in), universalThreshold);
    }

    public void write(OutputStream stream) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(stream);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(hashBits);
        out.writeInt(thresholds.size());
        for (Map.Entry<String, Double> threshold : thresholds.entrySet()) {
            out.writeUTF(threshold.getKey());
            out.writeDouble(threshold.getValue());
        }
        out.writeDouble(universalThreshold);
        lexical.write(out);
        universal.write(out);
        out.flush();
        gzip.finish();
    }
}
