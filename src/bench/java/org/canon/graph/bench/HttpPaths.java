package org.canon.graph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The two HTTP paths to the same query: the REST API ({@code GET /api/queries/{name}?params}) and Fuseki's SPARQL
 * endpoint ({@code POST /canon/sparql} with the bound query text as {@code application/sparql-query}), both asking
 * for SPARQL JSON results (Turtle for CONSTRUCT). Loopback only; each response is read to the end.
 */
final class HttpPaths {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final String sparql;

    HttpPaths(int apiPort, int fusekiPort, String dataset) {
        this.api = "http://127.0.0.1:" + apiPort + "/api/queries/";
        this.sparql = "http://127.0.0.1:" + fusekiPort + "/" + dataset + "/sparql";
    }

    /** Run {@code i} of a case through the API; true on 200. */
    boolean api(QueryCase c, int i) {
        Map<String, String> params = c.params().get(i % c.params().size());
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(api + c.name() + (query.isEmpty() ? "" : "?" + query)))
                .header("Accept", c.accept()).GET());
    }

    /** Run {@code i} of a case through Fuseki; true on 200. */
    boolean fuseki(QueryCase c, int i) {
        return send(HttpRequest.newBuilder(URI.create(sparql)).header("Accept", c.accept())
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(c.sparql().get(i % c.sparql().size()))));
    }

    /**
     * Requests per second of each path over {@code requests} requests each from {@code clients} threads, after a
     * short warm-up; the paths take turns in four rounds, so that a change in the machine's load weighs on both.
     *
     * @return per path: {requests per second, failed requests}
     */
    static double[][] throughput(int requests, int clients, List<IntPredicate> paths) {
        for (IntPredicate run : paths) {
            for (int i = 0; i < 2 * clients; i++) {
                run.test(i);
            }
        }
        int rounds = 4;
        double[] seconds = new double[paths.size()];
        int[] errors = new int[paths.size()];
        for (int round = 0; round < rounds; round++) {
            for (int p = 0; p < paths.size(); p++) {
                int from = round * requests / rounds;
                int to = (round + 1) * requests / rounds;
                long t0 = System.nanoTime();
                errors[p] += burst(from, to, clients, paths.get(p));
                seconds[p] += (System.nanoTime() - t0) / 1e9;
            }
        }
        double[][] result = new double[paths.size()][];
        for (int p = 0; p < paths.size(); p++) {
            result[p] = new double[] {Math.round(requests / seconds[p] * 10) / 10.0, errors[p]};
        }
        return result;
    }

    /** Requests {@code from} to {@code to} from {@code clients} threads; returns the number that failed. */
    private static int burst(int from, int to, int clients, IntPredicate run) {
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    if (!run.test(i)) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return errors.get();
    }

    private boolean send(HttpRequest.Builder request) {
        try {
            HttpResponse<Void> r = http.send(request.timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
