package org.canon.graph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The targets, checked on the largest size run (meant to be 100,000 profiles on a 2-core machine): adjacency
 * under 50 ms median, skills and crosswalk under 20 ms median (through Java, over the store), no named query growing
 * with the square of the size (growth exponent from the next smaller size below 1.5), the project's load within 2x
 * of the bulk loader, and the REST API within 1.3x of the raw SPARQL endpoint in requests per second. A missed
 * target says by how much; the reasons are in {@code docs/benchmarks/analysis.md}.
 */
final class Targets {
    private Targets() {}

    static List<BenchResults.TargetCheck> check(List<BenchResults.SizeRun> runs) {
        List<BenchResults.TargetCheck> checks = new ArrayList<>();
        BenchResults.SizeRun last = runs.stream().max(Comparator.comparingInt(BenchResults.SizeRun::profiles)).orElseThrow();
        latency(checks, last, "adjacency", 50);
        latency(checks, last, "skills", 20);
        latency(checks, last, "crosswalk", 20);
        growth(checks, runs, last);
        double ratio = last.load().ratio();
        checks.add(new BenchResults.TargetCheck("load (parse, validate, store) within 2x of the bulk loader",
                last.profiles(), ratio + "x (" + last.load().projectSeconds() + " s vs " + last.load().bulkSeconds() + " s)",
                "2x", ratio <= 2, ratio <= 2 ? "" : over(ratio, 2)));
        last.throughput().stream().max(Comparator.comparingDouble(BenchResults.Throughput::ratio)).ifPresent(w ->
                checks.add(new BenchResults.TargetCheck("REST API within 1.3x of the raw SPARQL endpoint (requests/s)",
                        last.profiles(), "worst " + w.ratio() + "x (" + w.query() + ": " + w.apiRps() + " vs "
                        + w.fusekiRps() + " rps)", "1.3x", w.ratio() <= 1.3, w.ratio() <= 1.3 ? "" : over(w.ratio(), 1.3))));
        return checks;
    }

    private static void latency(List<BenchResults.TargetCheck> checks, BenchResults.SizeRun run, String query, double limit) {
        query(run, query).ifPresent(q -> {
            double median = q.java().medianMs();
            String api = q.api() == null ? "" : "; through the API " + Latency.fmt(q.api().medianMs()) + " ms";
            checks.add(new BenchResults.TargetCheck(query + " for one profile under " + (int) limit + " ms median",
                    run.profiles(), Latency.fmt(median) + " ms (Java)" + api, (int) limit + " ms", median < limit,
                    median < limit ? "" : over(median, limit)));
        });
    }

    /** The steepest growth between the two largest sizes: exponent k in time ~ size^k (2 would be quadratic). */
    private static void growth(List<BenchResults.TargetCheck> checks, List<BenchResults.SizeRun> runs,
                               BenchResults.SizeRun last) {
        Optional<BenchResults.SizeRun> previous = runs.stream().filter(r -> r.profiles() < last.profiles())
                .max(Comparator.comparingInt(BenchResults.SizeRun::profiles));
        if (previous.isEmpty()) {
            return;
        }
        String worst = null;
        double steepest = Double.NEGATIVE_INFINITY;
        for (BenchResults.QueryFigures q : last.queries()) {
            double k = exponent(previous.get(), last, q.name());
            if (k > steepest) {
                steepest = k;
                worst = q.name();
            }
        }
        checks.add(new BenchResults.TargetCheck("no named query grows with the square of the size", last.profiles(),
                "steepest: " + worst + ", time ~ size^" + String.format("%.2f", steepest) + " from "
                        + previous.get().profiles() + " to " + last.profiles(), "exponent < 1.5", steepest < 1.5,
                steepest < 1.5 ? "" : "exponent " + String.format("%.2f", steepest)));
    }

    /** Growth exponent of a query's Java median between two runs. */
    static double exponent(BenchResults.SizeRun a, BenchResults.SizeRun b, String query) {
        Optional<BenchResults.QueryFigures> qa = query(a, query);
        Optional<BenchResults.QueryFigures> qb = query(b, query);
        if (qa.isEmpty() || qb.isEmpty()) {
            return Double.NaN;
        }
        return Math.log(qb.get().java().medianMs() / qa.get().java().medianMs()) / Math.log((double) b.profiles() / a.profiles());
    }

    static Optional<BenchResults.QueryFigures> query(BenchResults.SizeRun run, String name) {
        return run.queries().stream().filter(q -> q.name().equals(name)).findFirst();
    }

    private static String over(double measured, double limit) {
        return String.format("missed: %.1fx the limit", measured / limit);
    }
}
