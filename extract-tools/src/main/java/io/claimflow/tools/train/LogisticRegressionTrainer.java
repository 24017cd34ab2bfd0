package io.claimflow.tools.train;

import io.claimflow.engine.score.Features;
import io.claimflow.engine.score.LinearModel;
import java.util.List;
import java.util.Random;

/**
 * Fits a logistic regression with AdaGrad and L2 regularisation. Deterministic: the same data in the same order and the
 * same seed give the same weights.
 *
 * @param dimensions number of features the model keeps (feature indices past it are ignored)
 * @param epochs passes over the data
 * @param learningRate AdaGrad's base step
 * @param l2 regularisation strength per example
 * @param seed seed of the per-epoch shuffles
 */
public record LogisticRegressionTrainer(int dimensions, int epochs, double learningRate, double l2, long seed) {

    public LinearModel train(List<Features> examples, boolean[] labels) {
        float[] weights = new float[dimensions];
        float[] squares = new float[dimensions];
        double bias = 0;
        double biasSquares = 0;
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int example : order) {
                Features features = examples.get(example);
                double gradient = new LinearModel(bias, weights).probability(features) - (labels[example] ? 1 : 0);
                int[] indices = features.indices();
                float[] values = features.values();
                for (int i = 0; i < indices.length; i++) {
                    int index = indices[i];
                    if (index >= dimensions) {
                        continue;
                    }
                    double g = gradient * values[i] + l2 * weights[index];
                    squares[index] += (float) (g * g);
                    weights[index] -= (float) (learningRate * g / Math.sqrt(squares[index] + 1e-8));
                }
                biasSquares += gradient * gradient;
                bias -= learningRate * gradient / Math.sqrt(biasSquares + 1e-8);
            }
        }
        return new LinearModel(bias, weights);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
