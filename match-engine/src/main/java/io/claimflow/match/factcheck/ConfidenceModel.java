package io.claimflow.match.factcheck;

import java.io.IOException;
import java.io.Reader;

/**
 * The probability that a ranked fact-check checked the same claim as the text: a logistic model over
 * {@link HitFeatures}, its weights learned on the CheckThat! train splits and kept as data ({@value #RESOURCE}, written
 * by {@code ConfidenceTraining} in extract-tools).
 */
public final class ConfidenceModel {

    /** The classpath resource of the learned weights, beside this class. */
    public static final String RESOURCE = "confidence.properties";

    private final LinearModel linear;

    /** A model of an intercept and one weight per feature of {@link HitFeatures#NAMES}, in that order. */
    public ConfidenceModel(double intercept, double[] weights) {
        this(new LinearModel(HitFeatures.NAMES, intercept, weights));
    }

    private ConfidenceModel(LinearModel linear) {
        this.linear = linear;
    }

    /** The learned model shipped with the engine, read once. */
    public static ConfidenceModel standard() {
        return Standard.MODEL;
    }

    // Holder idiom: the resource is read on first use, once per class loader.
    private static final class Standard {
        static final ConfidenceModel MODEL =
                new ConfidenceModel(LinearModel.resource(ConfidenceModel.class, RESOURCE, HitFeatures.NAMES));
    }

    /** Reads a model in the form {@link #write} gives; every feature must have its weight. */
    public static ConfidenceModel parse(Reader reader) throws IOException {
        return new ConfidenceModel(LinearModel.parse(reader, HitFeatures.NAMES));
    }

    /** The model as the text of its resource, after a comment saying where it came from. */
    public String write(String comment) {
        return linear.write(comment);
    }

    /** The estimated probability, 0..1, that the hit checked the text's claim. */
    public double probability(HitFeatures features) {
        return logistic(linear.score(features.values()));
    }

    /** The logistic function: 1 / (1 + e^-z). */
    public static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
