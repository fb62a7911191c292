package org.canon.graph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Latency of one query on one path: how many runs were measured after how many warm-up runs, median, 99th
 * percentile (nearest rank) and maximum in milliseconds, and how many runs failed.
 */
public record Latency(int warmup, int n, double medianMs, double p99Ms, double maxMs, int errors) {

    /**
     * Runs {@code warmup} unmeasured runs, then up to {@code iterations} measured ones, stopping early once the
     * measured runs have taken {@code budgetSeconds} (but never before 5 runs). Run {@code i} is
     * {@code run.test(i)}, which returns false when it failed.
     */
    static Latency measure(int warmup, int iterations, double budgetSeconds, IntPredicate run) {
        return interleaved(warmup, iterations, budgetSeconds, List.of(run)).get(0);
    }

    /**
     * Like {@link #measure}, for several paths to the same query, taking turns run by run, so that a change in the
     * machine's load weighs on all of them alike; the budget is for each path.
     */
    static List<Latency> interleaved(int warmup, int iterations, double budgetSeconds, List<IntPredicate> runs) {
        for (int i = 0; i < warmup; i++) {
            for (IntPredicate run : runs) {
                run.test(i);
            }
        }
        int paths = runs.size();
        long[][] nanos = new long[paths][iterations];
        int[] n = new int[paths];
        int[] errors = new int[paths];
        long spent = 0;
        for (int i = 0; i < iterations && (i < 5 || spent < budgetSeconds * 1e9 * paths); i++) {
            for (int p = 0; p < paths; p++) {
                long t0 = System.nanoTime();
                boolean ok = runs.get(p).test(warmup + i);
                long t = System.nanoTime() - t0;
                spent += t;
                if (ok) {
                    nanos[p][n[p]++] = t;
                } else {
                    errors[p]++;
                }
            }
        }
        List<Latency> latencies = new ArrayList<>();
        for (int p = 0; p < paths; p++) {
            latencies.add(of(warmup, Arrays.copyOf(nanos[p], n[p]), errors[p]));
        }
        return latencies;
    }

    /** From measured durations in nanoseconds (failed runs not among them). */
    static Latency of(int warmup, long[] nanos, int errors) {
        if (nanos.length == 0) {
            return new Latency(warmup, 0, Double.NaN, Double.NaN, Double.NaN, errors);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(warmup, sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 99)),
                ms(sorted[sorted.length - 1]), errors);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    /** "median / p99" for tables. */
    String cell() {
        return n == 0 ? "n/a" : fmt(medianMs) + " / " + fmt(p99Ms);
    }

    static String fmt(double ms) {
        return ms >= 100 ? String.format("%.0f", ms) : ms >= 10 ? String.format("%.1f", ms) : String.format("%.2f", ms);
    }
}
