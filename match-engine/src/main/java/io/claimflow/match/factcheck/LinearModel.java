package io.claimflow.match.factcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Learned weights of named features plus an intercept, kept as a properties resource ({@code name=weight}, {@code #}
 * comments saying how they were learned): the form of every model the fact-check library ships.
 */
public final class LinearModel {

    private static final String INTERCEPT = "intercept";

    private final List<String> names;
    private final double intercept;
    private final double[] weights;

    /** A model of an intercept and one weight per name, in that order. */
    public LinearModel(List<String> names, double intercept, double[] weights) {
        if (weights.length != names.size()) {
            throw new IllegalArgumentException("expected " + names.size() + " weights, was " + weights.length);
        }
        this.names = List.copyOf(names);
        this.intercept = intercept;
        this.weights = weights.clone();
    }

    /** The names of a features record's components, in order: the feature names of a model over it. */
    static List<String> componentNames(Class<? extends Record> features) {
        return Arrays.stream(features.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    /** Reads a model of these feature names from a classpath resource beside {@code anchor}. */
    static LinearModel resource(Class<?> anchor, String resource, List<String> names) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + anchor.getSimpleName());
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model in the form {@link #write} gives; every name must have its weight. */
    public static LinearModel parse(Reader reader, List<String> names) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        double[] weights = new double[names.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = number(properties, names.get(i));
        }
        return new LinearModel(names, number(properties, INTERCEPT), weights);
    }

    private static double number(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("the model has no weight for " + key);
        }
        return Double.parseDouble(value.strip());
    }

    /** The model as the text of its resource, after a comment saying where it came from. */
    public String write(String comment) {
        StringBuilder text = new StringBuilder();
        comment.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        text.append(INTERCEPT).append('=').append(format(intercept)).append('\n');
        for (int i = 0; i < weights.length; i++) {
            text.append(names.get(i)).append('=').append(format(weights[i])).append('\n');
        }
        return text.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    /** The weight of a named feature. */
    double weight(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no feature " + name);
        }
        return weights[index];
    }

    /** The intercept plus the weighted sum of the values, given in the order of the names. */
    public double score(double[] values) {
        double z = intercept;
        for (int i = 0; i < values.length; i++) {
            z += weights[i] * values[i];
        }
        return z;
    }
}
