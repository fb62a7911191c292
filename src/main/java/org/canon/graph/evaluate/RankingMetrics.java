package org.canon.graph.evaluate;

import java.util.List;
import java.util.Set;

/**
 * Ranking metrics over one query's ranked answers and the set of answers a reference counts as right. Each
 * returns the value for one query; an evaluation averages them over its queries ({@link Mean}).
 *
 * <p>Ranks are 1-based. A query whose reference set is empty is not scored by these methods: the caller leaves it
 * out (it has nothing to find).
 */
public final class RankingMetrics {
    private RankingMetrics() {
    }

    /** The 1-based rank of the first right answer, or 0 when none of {@code ranked} is right. */
    public static int firstRelevantRank(List<String> ranked, Set<String> relevant) {
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** 1 when a right answer is among all the candidates (candidate recall of one query), else 0. */
    public static double found(List<String> ranked, Set<String> relevant) {
        return firstRelevantRank(ranked, relevant) > 0 ? 1 : 0;
    }

    /** 1 when a right answer is among the first {@code k}, else 0. */
    public static double hitAt(int k, List<String> ranked, Set<String> relevant) {
        int r = firstRelevantRank(ranked, relevant);
        return r > 0 && r <= k ? 1 : 0;
    }

    /** The reciprocal rank of the first right answer (0 when there is none). */
    public static double reciprocalRank(List<String> ranked, Set<String> relevant) {
        int r = firstRelevantRank(ranked, relevant);
        return r == 0 ? 0 : 1.0 / r;
    }

    /** The share of the first {@code k} places that hold a right answer (places beyond the list count as wrong). */
    public static double precisionAt(int k, List<String> ranked, Set<String> relevant) {
        return (double) countRelevant(k, ranked, relevant) / k;
    }

    /** The share of the right answers found among the first {@code k}. */
    public static double recallAt(int k, List<String> ranked, Set<String> relevant) {
        return relevant.isEmpty() ? 0 : (double) countRelevant(k, ranked, relevant) / relevant.size();
    }

    /**
     * Normalised discounted cumulative gain at {@code k} with binary gains: DCG = sum over right answers at rank
     * i <= k of 1 / log2(i + 1), divided by the DCG of an ideal list (all right answers first).
     */
    public static double ndcgAt(int k, List<String> ranked, Set<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static int countRelevant(int k, List<String> ranked, Set<String> relevant) {
        int n = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                n++;
            }
        }
        return n;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** A running mean of one metric over the queries of an evaluation. */
    public static final class Mean {
        private double sum;
        private int n;

        public void add(double value) {
            sum += value;
            n++;
        }

        public int count() {
            return n;
        }

        /** The mean, or 0 when nothing was added. */
        public double value() {
            return n == 0 ? 0 : sum / n;
        }
    }
}
