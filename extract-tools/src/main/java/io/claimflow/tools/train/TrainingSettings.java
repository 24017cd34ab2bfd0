package io.claimflow.tools.train;

/**
 * The hyper-parameters of one logistic regression, as cross-validation on the training data chooses them.
 *
 * @param epochs passes over the data
 * @param learningRate AdaGrad's base step
 * @param l2 regularisation strength per example
 */
public record TrainingSettings(int epochs, double learningRate, double l2) {

    /** A trainer with these settings over {@code dimensions} features, shuffling with {@code seed}. */
    public LogisticRegressionTrainer trainer(int dimensions, long seed) {
        return new LogisticRegressionTrainer(dimensions, epochs, learningRate, l2, seed);
    }

    @Override
    public String toString() {
        return "epochs " + epochs + ", learning rate " + learningRate + ", L2 " + l2;
    }
}
