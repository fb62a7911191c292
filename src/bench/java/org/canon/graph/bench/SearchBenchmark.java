package org.canon.graph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.canon.graph.search.SearchService;
import org.canon.graph.store.CanonStore;
import org.canon.graph.text.TextIndexFolder;
import org.canon.graph.text.TextIndexes;

/**
 * Search and autocomplete over the text index: builds the index from a loaded store (as the service does at start-up
 * when the store names no generation it has), then times {@code search} (a focus name, as typed into the search box)
 * and {@code suggest} (its first word and the start of the next, as typed so far) through Java
 * ({@link SearchService}, as the API calls it) and through HTTP ({@code /api/search}, {@code /api/suggest}).
 */
final class SearchBenchmark implements AutoCloseable {
    static final List<String> OPERATIONS = List.of("search", "suggest");
    private final TextIndexes indexes;
    private final SearchService service;
    private final List<Map<String, String>> params;
    private final Map<String, Long> answers = new LinkedHashMap<>();
    final int entries;
    final double buildSeconds;

    private SearchBenchmark(TextIndexes indexes, SearchService service, List<Map<String, String>> params, double seconds) {
        this.indexes = indexes;
        this.service = service;
        this.params = params;
        this.entries = indexes.current().orElseThrow().size();
        this.buildSeconds = seconds;
    }

    /** Builds the text index of {@code store} into {@code folder}; the samples give the search texts. */
    static SearchBenchmark build(CanonStore store, Path folder, List<GeneratedTaxonomy.Sample> samples) {
        TextIndexes indexes = new TextIndexes(new TextIndexFolder(folder));
        double[] t = LoadBenchmark.timed(() -> indexes.start(store));
        List<Map<String, String>> params = new ArrayList<>();
        for (GeneratedTaxonomy.Sample s : samples) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("search", Texts.lower(s.focusName()));
            p.put("suggest", prefix(s.focusName()));
            params.add(p);
        }
        return new SearchBenchmark(indexes, new SearchService(indexes, store, Optional.empty()), params, LoadBenchmark.r2(t[0]));
    }

    /** What one has typed of a name so far: its first word and the first three letters of the next. */
    static String prefix(String name) {
        String[] words = Texts.lower(name).split("\\s+");
        return words.length == 1 ? words[0].substring(0, Math.min(4, words[0].length()))
                : words[0] + " " + words[1].substring(0, Math.min(3, words[1].length()));
    }

    /** Run {@code i} of an operation through Java: the number of answers, or -1 on failure. */
    long java(String operation, int i) {
        String q = params.get(i % params.size()).get(operation);
        try {
            return operation.equals("search") ? service.search(q, List.of(), List.of(), null).size()
                    : service.suggest(q, List.of(), List.of(), null).size();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Latency of each operation through Java (and the answers to the first sample). */
    Map<String, Latency> java(int warmup, int iterations, double budgetSeconds) {
        Map<String, Latency> out = new LinkedHashMap<>();
        for (String op : OPERATIONS) {
            answers.put(op, java(op, 0));
            out.put(op, Latency.measure(warmup, iterations, budgetSeconds, i -> java(op, i) >= 0));
        }
        return out;
    }

    /** Latency of each operation through the REST API of a running service (the index may be closed by then). */
    Map<String, Latency> api(int apiPort, int warmup, int iterations, double budgetSeconds) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Latency> out = new LinkedHashMap<>();
        for (String op : OPERATIONS) {
            IntPredicate run = i -> {
                String q = URLEncoder.encode(params.get(i % params.size()).get(op), StandardCharsets.UTF_8);
                try {
                    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/" + op + "?q=" + q))
                            .timeout(Duration.ofMinutes(1)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (java.io.IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            };
            out.put(op, Latency.measure(warmup, iterations, budgetSeconds, run));
        }
        return out;
    }

    /**
     * The figures of the run: the index, and for each operation its first parameters, answers and latencies;
     * {@code api} null when HTTP was not measured.
     */
    BenchResults.TextSearch results(Map<String, Latency> java, Map<String, Latency> api) {
        List<BenchResults.QueryFigures> ops = new ArrayList<>();
        for (String op : OPERATIONS) {
            ops.add(new BenchResults.QueryFigures(op, Map.of("q", params.get(0).get(op)), answers.get(op), java.get(op),
                    api == null ? null : api.get(op), null));
        }
        return new BenchResults.TextSearch(entries, buildSeconds, ops);
    }

    @Override
    public void close() {
        indexes.close();
    }
}
