package io.claimflow.match.factcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The probability that a ranked fact-check checked the same claim as the text: a logistic model over
 * {@link HitFeatures}, its weights learned on the CheckThat! train splits and kept as data ({@value #RESOURCE}, written
 * by {@code ConfidenceTraining} in extract-tools).
 */
public final class ConfidenceModel {

    /** The classpath resource of the learned weights, beside this class. */
    public static final String RESOURCE = "confidence.properties";

    private static final String INTERCEPT = "intercept";

    private final double intercept;
    private final double[] weights;

    /** A model of an intercept and one weight per feature of {@link HitFeatures#NAMES}, in that order. */
    public ConfidenceModel(double intercept, double[] weights) {
        if (weights.length != HitFeatures.NAMES.size()) {
            throw new IllegalArgumentException(
                    "expected " + HitFeatures.NAMES.size() + " weights, was " + weights.length);
        }
        this.intercept = intercept;
        this.weights = weights.clone();
    }

    /** The learned model shipped with the engine, read once. */
    public static ConfidenceModel standard() {
        return Standard.MODEL;
    }

    // Holder idiom: the resource is read on first use, once per class loader.
    private static final class Standard {
        static final ConfidenceModel MODEL = load();

        private static ConfidenceModel load() {
            try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " beside ConfidenceModel");
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a model in the form {@link #write} gives; every feature must have its weight. */
    public static ConfidenceModel parse(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        double[] weights = new double[HitFeatures.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = number(properties, HitFeatures.NAMES.get(i));
        }
        return new ConfidenceModel(number(properties, INTERCEPT), weights);
    }

    private static double number(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("the confidence model has no weight for " + key);
        }
        return Double.parseDouble(value.strip());
    }

    /** The model as the text of its resource, after a comment saying where it came from. */
    public String write(String comment) {
        StringBuilder text = new StringBuilder();
        comment.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        text.append(INTERCEPT).append('=').append(format(intercept)).append('\n');
        for (int i = 0; i < weights.length; i++) {
            text.append(HitFeatures.NAMES.get(i))
                    .append('=')
                    .append(format(weights[i]))
                    .append('\n');
        }
        return text.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    /** The estimated probability, 0..1, that the hit checked the text's claim. */
    public double probability(HitFeatures features) {
        return logistic(intercept, weights, features.values());
    }

    /** The logistic function of a linear score: 1 / (1 + e^-(intercept + weights · values)). */
    public static double logistic(double intercept, double[] weights, double[] values) {
        double z = intercept;
        for (int i = 0; i < values.length; i++) {
            z += weights[i] * values[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
