package io.claimflow.tools.factcheck;

import io.claimflow.match.factcheck.ConfidenceModel;

/**
 * Fits a logistic regression by Newton's method with an L2 penalty on the weights (not the intercept), so that a
 * separable sample still has a finite fit.
 */
public final class LogisticRegression {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-9;

    private LogisticRegression() {}

    /** A fitted model: the intercept and one weight per feature column. */
    public record Fit(double intercept, double[] weights) {
        /** The fitted probability of one row. */
        public double probability(double[] row) {
            return ConfidenceModel.logistic(intercept, weights, row);
        }
    }

    /** Fits rows of features to 0/1 labels, minimising log loss plus {@code l2}/2 times the weights' squared norm. */
    public static Fit fit(double[][] rows, boolean[] labels, double l2) {
        if (rows.length == 0 || rows.length != labels.length) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one");
        }
        int d = rows[0].length + 1; // the intercept is column 0
        double[] beta = new double[d];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < rows.length; i++) {
                double[] x = withIntercept(rows[i]);
                double p = ConfidenceModel.logistic(0, beta, x);
                double residual = p - (labels[i] ? 1 : 0);
                double curvature = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    gradient[a] += residual * x[a];
                    for (int b = 0; b < d; b++) {
                        hessian[a][b] += curvature * x[a] * x[b];
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                gradient[a] += l2 * beta[a];
                hessian[a][a] += l2;
            }
            hessian[0][0] += 1e-12; // keeps the system solvable when every label is the same
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a < d; a++) {
                beta[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        double[] weights = new double[d - 1];
        System.arraycopy(beta, 1, weights, 0, d - 1);
        return new Fit(beta[0], weights);
    }

    private static double[] withIntercept(double[] row) {
        double[] x = new double[row.length + 1];
        x[0] = 1;
        System.arraycopy(row, 0, x, 1, row.length);
        return x;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is small and symmetric). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[row][k] -= factor * m[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= m[row][k] * x[k];
            }
            x[row] = sum / m[row][row];
        }
        return x;
    }
}
