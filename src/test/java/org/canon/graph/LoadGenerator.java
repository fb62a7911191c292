package org.canon.graph;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A closed-loop HTTP load generator: {@code clients} virtual users, each with its own {@link HttpClient}, send
 * requests back to back for {@code duration}, each request drawn at random from a {@link Mix}. Any non-2xx answer,
 * answer that fails its request's check, or exception is an error. The {@link Report} gives, per kind of request and overall, the count, the errors, the
 * median and 99th percentile latency, and the requests per second.
 *
 * <pre>{@code
 * LoadGenerator.Report report = new LoadGenerator(mix, 32, Duration.ofSeconds(60)).run();
 * Files.writeString(Path.of("target/load-results.md"), report.markdown());
 * }</pre>
 */
public final class LoadGenerator {

    /**
     * One request to send, the kind it is counted under, and a check of a 2xx answer's body that returns what is
     * wrong with it (null when nothing is), or null for no check.
     */
    public record Request(String kind, HttpRequest http, Function<String, String> check) {
        public Request(String kind, HttpRequest http) {
            this(kind, http, null);
        }
    }

    /** The requests to draw from; called concurrently by every virtual user. */
    @FunctionalInterface
    public interface Mix {
        Request next(Random random);
    }

    private final Mix mix;
    private final int clients;
    private final Duration duration;

    private final BooleanSupplier longer;

    public LoadGenerator(Mix mix, int clients, Duration duration) {
        this(mix, clients, duration, () -> false);
    }

    /** Runs for {@code duration}, and after it for as long as {@code longer} says (e.g. until some work is done). */
    public LoadGenerator(Mix mix, int clients, Duration duration, BooleanSupplier longer) {
        this.mix = mix;
        this.clients = clients;
        this.duration = duration;
        this.longer = longer;
    }

    private record Sample(String kind, long nanos, boolean ok) {}

    /** Runs the load and waits for every virtual user to finish its last request. */
    public Report run() throws InterruptedException {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Random random = new Random(i);
            Thread user = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                while (System.nanoTime() < end || longer.getAsBoolean()) {
                    Request r = mix.next(random);
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<String> response = http.send(r.http(), HttpResponse.BodyHandlers.ofString());
                        ok = response.statusCode() / 100 == 2;
                        if (!ok) {
                            errors.add(r.kind() + " " + r.http().uri() + ": " + response.statusCode() + " "
                                    + abbreviate(response.body()));
                        } else if (r.check() != null) {
                            String wrong = r.check().apply(response.body());
                            ok = wrong == null;
                            if (!ok) {
                                errors.add(r.kind() + " " + r.http().uri() + ": " + wrong);
                            }
                        }
                    } catch (Exception e) {
                        ok = false;
                        errors.add(r.kind() + " " + r.http().uri() + ": " + e);
                    }
                    samples.add(new Sample(r.kind(), System.nanoTime() - t0, ok));
                }
            }, "virtual-user-" + i);
            users.add(user);
            user.start();
        }
        for (Thread user : users) {
            user.join();
        }
        return new Report(clients, Duration.ofNanos(System.nanoTime() - start), List.copyOf(samples), List.copyOf(errors),
                loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() > 200 ? one.substring(0, 200) + "..." : one;
    }

    /** Count, errors and latencies of one kind of request (or of all). */
    public record Stats(String kind, int requests, int errors, double medianMillis, double p99Millis, double perSecond) {}

    /** The outcome of a run. */
    public static final class Report {
        private final int clients;
        private final Duration elapsed;
        private final List<Sample> samples;
        private final List<String> errors;
        private final double loadBefore;
        private final double loadAfter;

        private Report(int clients, Duration elapsed, List<Sample> samples, List<String> errors, double loadBefore,
                       double loadAfter) {
            this.clients = clients;
            this.elapsed = elapsed;
            this.samples = samples;
            this.errors = errors;
            this.loadBefore = loadBefore;
            this.loadAfter = loadAfter;
        }

        /** Stats per kind, in name order. */
        public List<Stats> perKind() {
            Map<String, List<Sample>> byKind = new TreeMap<>();
            samples.forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
            List<Stats> stats = new ArrayList<>();
            byKind.forEach((kind, list) -> stats.add(stats(kind, list)));
            return stats;
        }

        public Stats overall() {
            return stats("all", samples);
        }

        /** The first errors (kind, URL, status or exception), at most 20. */
        public List<String> errors() {
            return errors.subList(0, Math.min(20, errors.size()));
        }

        private Stats stats(String kind, List<Sample> list) {
            List<Long> nanos = new ArrayList<>(list.size());
            list.forEach(s -> nanos.add(s.nanos()));
            Collections.sort(nanos);
            int errs = (int) list.stream().filter(s -> !s.ok()).count();
            return new Stats(kind, list.size(), errs, percentile(nanos, 50), percentile(nanos, 99),
                    list.size() / (elapsed.toNanos() / 1e9));
        }

        /** Nearest-rank percentile, in milliseconds. */
        private static double percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1)) / 1e6;
        }

        /** The report as a Markdown table, with the run's settings, the processors and the system load average. */
        public String markdown() {
            StringBuilder b = new StringBuilder();
            Stats all = overall();
            b.append(String.format(Locale.ROOT, "%d clients for %.1f s: %d requests, %d errors, %.1f requests/s; "
                            + "latency median %.1f ms, p99 %.1f ms (%d processors; system load average %.1f before, "
                            + "%.1f after)%n%n", clients, elapsed.toNanos() / 1e9, all.requests(), all.errors(),
                    all.perSecond(), all.medianMillis(), all.p99Millis(), Runtime.getRuntime().availableProcessors(),
                    loadBefore, loadAfter));
            b.append("| request | requests | errors | median ms | p99 ms | requests/s |\n");
            b.append("|---|---:|---:|---:|---:|---:|\n");
            List<Stats> rows = new ArrayList<>(perKind());
            rows.add(all);
            for (Stats s : rows) {
                b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f |%n", s.kind().equals("all")
                        ? "**all**" : s.kind(), s.requests(), s.errors(), s.medianMillis(), s.p99Millis(), s.perSecond()));
            }
            return b.toString();
        }
    }
}
