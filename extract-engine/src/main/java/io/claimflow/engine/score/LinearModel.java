package io.claimflow.engine.score;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A logistic regression: a bias and one weight per feature index; indices past the weights count zero.
 *
 * @param bias the intercept
 * @param weights the weights
 */
public record LinearModel(double bias, float[] weights) {

    public double probability(Features features) {
        double z = bias;
        int[] indices = features.indices();
        float[] values = features.values();
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < weights.length) {
                z += weights[indices[i]] * values[i];
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The same model with its decision threshold moved from {@code threshold} to 0.5. */
    public LinearModel centeredOn(double threshold) {
        return new LinearModel(bias - Math.log(threshold / (1 - threshold)), weights);
    }

    static LinearModel read(DataInputStream in) throws IOException {
        double bias = in.readDouble();
        float[] weights = new float[in.readInt()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = in.readFloat();
        }
        return new LinearModel(bias, weights);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeDouble(bias);
        out.writeInt(weights.length);
        for (float weight : weights) {
            out.writeFloat(weight);
        }
    }
}
