package io.claimflow.tools.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The settings cross-validation chose for the lexical and the language-independent model: the training command writes
 * them beside its code, and the reproduction test retrains with them instead of searching again.
 *
 * @param lexical the model over all features
 * @param universal the model over the language-independent features
 */
public record ChosenSettings(TrainingSettings lexical, TrainingSettings universal) {

    /** Where the settings of the committed model are, on the class path. */
    public static final String RESOURCE = "io/claimflow/tools/train/checkworthiness-settings.properties";

    /** The settings of the committed model. */
    public static ChosenSettings committed() {
        try (InputStream in = ChosenSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + ": run TrainCheckworthiness");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new ChosenSettings(read(properties, "lexical"), read(properties, "universal"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Written by hand rather than by {@link Properties#store}, which adds the date: the same choice, the same file. */
    public void write(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            out.write("# Chosen by cross-validation on the CT24 training sets (TrainCheckworthiness).\n");
            write(out, "lexical", lexical);
            write(out, "universal", universal);
        }
    }

    private static void write(Writer out, String model, TrainingSettings settings) throws IOException {
        out.write(model + ".epochs=" + settings.epochs() + "\n");
        out.write(model + ".learningRate=" + settings.learningRate() + "\n");
        out.write(model + ".l2=" + settings.l2() + "\n");
    }

    private static TrainingSettings read(Properties properties, String model) {
        return new TrainingSettings(
                Integer.parseInt(properties.getProperty(model + ".epochs")),
                Double.parseDouble(properties.getProperty(model + ".learningRate")),
                Double.parseDouble(properties.getProperty(model + ".l2")));
    }
}
