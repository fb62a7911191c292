package org.canon.graph.evaluate;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Logistic regression fitted by Newton's method (iteratively reweighted least squares) with an L2 penalty on the
 * weights (not on the intercept): maximises {@code sum log-likelihood - lambda/2 * |w|^2} over all examples
 * together. Deterministic: the same examples give the same weights.
 */
public final class LogisticFit {
    private LogisticFit() {}

    /** One example: its feature values and whether it is a right answer. */
    public record Example(double[] x, boolean positive) {}

    /** The fitted intercept and weights, and the mean log-likelihood per example. */
    public record Fit(double intercept, double[] weights, double logLikelihood, int iterations) {}

    /**
     * Fits the weights of the features marked in {@code use} (the others stay 0).
     *
     * @param lambda L2 penalty
     */
    public static Fit fit(List<Example> examples, boolean[] use, double lambda) {
        int d = use.length;
        int[] cols = java.util.stream.IntStream.range(0, d).filter(i -> use[i]).toArray();
        int k = cols.length + 1;
        RealVector beta = new ArrayRealVector(k);
        int it = 0;
        for (; it < 50; it++) {
            RealVector grad = new ArrayRealVector(k);
            RealMatrix hess = new Array2DRowRealMatrix(k, k);
            for (Example e : examples) {
                double[] z = row(e.x(), cols);
                double p = sigmoid(dot(beta, z));
                double r = (e.positive() ? 1 : 0) - p;
                double w = p * (1 - p);
                for (int i = 0; i < k; i++) {
                    grad.addToEntry(i, r * z[i]);
                    for (int j = i; j < k; j++) {
                        hess.addToEntry(i, j, w * z[i] * z[j]);
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < i; j++) {
                    hess.setEntry(i, j, hess.getEntry(j, i));
                }
            }
            for (int i = 1; i < k; i++) {
                grad.addToEntry(i, -lambda * beta.getEntry(i));
                hess.addToEntry(i, i, lambda);
            }
            RealVector step = new LUDecomposition(hess).getSolver().solve(grad);
            beta = beta.add(step);
            if (step.getLInfNorm() < 1e-8) {
                break;
            }
        }
        double ll = 0;
        for (Example e : examples) {
            double p = sigmoid(dot(beta, row(e.x(), cols)));
            ll += Math.log(Math.max(1e-12, e.positive() ? p : 1 - p));
        }
        double[] weights = new double[d];
        for (int i = 0; i < cols.length; i++) {
            weights[cols[i]] = beta.getEntry(i + 1);
        }
        return new Fit(beta.getEntry(0), weights, ll / Math.max(1, examples.size()), it + 1);
    }

    private static double[] row(double[] x, int[] cols) {
        double[] z = new double[cols.length + 1];
        z[0] = 1;
        for (int i = 0; i < cols.length; i++) {
            z[i + 1] = x[cols[i]];
        }
        return z;
    }

    private static double dot(RealVector beta, double[] z) {
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            s += beta.getEntry(i) * z[i];
        }
        return s;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
