package io.claimflow.engine.score;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained check-worthiness model: a logistic regression over all features for the languages it was trained on, and
 * one over the language-independent features only for every other language. Biases are shifted so that 0.5 is the
 * decision threshold chosen on the development set.
 */
public final class CheckworthinessModel {

    /** Where the engine finds the committed model on the class path. */
    public static final String RESOURCE = "io/claimflow/engine/model/checkworthiness.bin";

    private static final int MAGIC = 0x43465357; // "CFSW"
    private static final int FORMAT = 1;

    private final int hashBits;
    private final Set<String> trainedLanguages;
    private final LinearModel lexical;
    private final LinearModel universal;

    public CheckworthinessModel(
            int hashBits, Set<String> trainedLanguages, LinearModel lexical, LinearModel universal) {
        this.hashBits = hashBits;
        this.trainedLanguages = Set.copyOf(trainedLanguages);
        this.lexical = lexical;
        this.universal = universal;
    }

    /** Probability-like score in 0..1 that a sentence in {@code language} is worth checking. */
    public double score(Features features, String language) {
        return (trainedLanguages.contains(language) ? lexical : universal).probability(features);
    }

    public int hashBits() {
        return hashBits;
    }

    public LinearModel universal() {
        return universal;
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
        String[] languages = new String[languageCount];
        for (int i = 0; i < languageCount; i++) {
            languages[i] = in.readUTF();
        }
        return new CheckworthinessModel(hashBits, Set.of(languages), LinearModel.read(in), LinearModel.read(in));
    }

    public void write(OutputStream stream) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(stream);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(hashBits);
        List<String> languages = trainedLanguages.stream().sorted().toList();
        out.writeInt(languages.size());
        for (String language : languages) {
            out.writeUTF(language);
        }
        lexical.write(out);
        universal.write(out);
        out.flush();
        gzip.finish();
    }
}
