package io.claimflow.tools.train;

/**
 * Precision, recall and F1 of the positive class.
 *
 * @param precision true positives over predicted positives
 * @param recall true positives over actual positives
 * @param f1 their harmonic mean
 */
public record F1(double precision, double recall, double f1) {

    /** The scores of labelled items at a threshold: a score at or above it predicts positive. */
    public static F1 at(double[] scores, boolean[] labels, double threshold) {
        int truePositives = 0;
        int predicted = 0;
        int actual = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean positive = scores[i] >= threshold;
            predicted += positive ? 1 : 0;
            actual += labels[i] ? 1 : 0;
            truePositives += positive && labels[i] ? 1 : 0;
        }
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = actual == 0 ? 0 : (double) truePositives / actual;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new F1(precision, recall, f1);
    }

    /** The threshold, among 0.01 steps, with the best F1 (the lowest such on ties). */
    public static double bestThreshold(double[] scores, boolean[] labels) {
        double best = 0.5;
        double bestF1 = -1;
        for (int step = 1; step < 100; step++) {
            double f1 = at(scores, labels, step / 100.0).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = step / 100.0;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "F1 %.3f (precision %.3f, recall %.3f)", f1, precision, recall);
    }
}
