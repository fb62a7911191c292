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

    /**
     * Fits weights that rank each query's right answers first: conditional logit (softmax over one query's
     * candidates), maximising the sum over queries of {@code log(sum over right answers of exp(s)) - log(sum over
     * all candidates of exp(s))}, {@code s = w . x}, minus {@code lambda/2 * |w|^2}; Newton's method with step
     * halving. Queries without a right answer among their candidates say nothing about the order and are left out.
     * Then scales the weights and fits an intercept so that {@code 1 / (1 + exp(-(b + a * s)))} is the
     * probability that a candidate is right (logistic regression on {@code s} over all candidates), which makes
     * the score a number in [0, 1] comparable across queries.
     */
    public static Fit fitRanking(List<List<Example>> queries, boolean[] use, double lambda) {
        int d = use.length;
        int[] cols = java.util.stream.IntStream.range(0, d).filter(i -> use[i]).toArray();
        List<List<Example>> useful = queries.stream().filter(q -> q.stream().anyMatch(Example::positive)).toList();
        double[] w = new double[cols.length];
        double current = rankLikelihood(useful, cols, w, lambda);
        int it = 0;
        for (; it < 100; it++) {
            int k = cols.length;
            RealVector grad = new ArrayRealVector(k);
            RealMatrix hess = new Array2DRowRealMatrix(k, k);
            for (List<Example> q : useful) {
                double[][] x = q.stream().map(e -> project(e.x(), cols)).toArray(double[][]::new);
                double[] all = moments(q, x, w, false);
                double[] pos = moments(q, x, w, true);
                for (int i = 0; i < k; i++) {
                    grad.addToEntry(i, pos[1 + i] - all[1 + i]);
                    for (int j = 0; j < k; j++) {
                        double covAll = all[1 + k + i * k + j] - all[1 + i] * all[1 + j];
                        double covPos = pos[1 + k + i * k + j] - pos[1 + i] * pos[1 + j];
                        hess.addToEntry(i, j, covAll - covPos);
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                grad.addToEntry(i, -lambda * w[i]);
                hess.addToEntry(i, i, lambda);
            }
            RealVector step = new LUDecomposition(hess).getSolver().solve(grad);
            double scale = 1;
            double[] next = w;
            double nextLl = current;
            for (int half = 0; half < 30; half++, scale /= 2) {
                double[] tryW = new double[k];
                for (int i = 0; i < k; i++) {
                    tryW[i] = w[i] + scale * step.getEntry(i);
                }
                double ll = rankLikelihood(useful, cols, tryW, lambda);
                if (ll >= current) {
                    next = tryW;
                    nextLl = ll;
                    break;
                }
            }
            boolean done = nextLl - current < 1e-9;
            w = next;
            current = nextLl;
            if (done) {
                break;
            }
        }
        // calibrate: P(right) = sigmoid(b + a * s)
        List<Example> calibration = new java.util.ArrayList<>();
        double[] weights = new double[d];
        for (int i = 0; i < cols.length; i++) {
            weights[cols[i]] = w[i];
        }
        for (List<Example> q : queries) {
            for (Example e : q) {
                double sc = 0;
                for (int i = 0; i < d; i++) {
                    sc += weights[i] * e.x()[i];
                }
                calibration.add(new Example(new double[] {sc}, e.positive()));
            }
        }
        Fit cal = fit(calibration, new boolean[] {true}, 0);
        double a = cal.weights()[0];
        for (int i = 0; i < d; i++) {
            weights[i] *= a;
        }
        return new Fit(cal.intercept(), weights, cal.logLikelihood(), it + 1);
    }

    /** [sum p, E[x_i], E[x_i x_j]] under the softmax of s over the query's candidates (or its right answers only). */
    private static double[] moments(List<Example> q, double[][] x, double[] w, boolean positivesOnly) {
        int k = w.length;
        double[] out = new double[1 + k + k * k];
        double max = Double.NEGATIVE_INFINITY;
        double[] s = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            s[n] = dot(w, x[n]);
            if (!positivesOnly || q.get(n).positive()) {
                max = Math.max(max, s[n]);
            }
        }
        double z = 0;
        for (int n = 0; n < x.length; n++) {
            if (positivesOnly && !q.get(n).positive()) {
                continue;
            }
            double p = Math.exp(s[n] - max);
            z += p;
            for (int i = 0; i < k; i++) {
                out[1 + i] += p * x[n][i];
                for (int j = 0; j < k; j++) {
                    out[1 + k + i * k + j] += p * x[n][i] * x[n][j];
                }
            }
        }
        for (int i = 1; i < out.length; i++) {
            out[i] /= z;
        }
        out[0] = z;
        return out;
    }

    private static double rankLikelihood(List<List<Example>> queries, int[] cols, double[] w, double lambda) {
        double ll = 0;
        for (List<Example> q : queries) {
            double max = Double.NEGATIVE_INFINITY;
            double[] s = new double[q.size()];
            for (int n = 0; n < q.size(); n++) {
                s[n] = dot(w, project(q.get(n).x(), cols));
                max = Math.max(max, s[n]);
            }
            double all = 0, pos = 0;
            for (int n = 0; n < q.size(); n++) {
                double e = Math.exp(s[n] - max);
                all += e;
                if (q.get(n).positive()) {
                    pos += e;
                }
            }
            ll += Math.log(pos) - Math.log(all);
        }
        double penalty = 0;
        for (double v : w) {
            penalty += v * v;
        }
        return ll - lambda / 2 * penalty;
    }

    private static double[] project(double[] x, int[] cols) {
        double[] z = new double[cols.length];
        for (int i = 0; i < cols.length; i++) {
            z[i] = x[cols[i]];
        }
        return z;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
