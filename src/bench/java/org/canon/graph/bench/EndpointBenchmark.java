package org.canon.graph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.progress.Progress;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.Tdb2Store;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST endpoints and pages people call, on the full data: the shipped taxonomy loaded and every external scheme
 * of a folder imported (normally {@code ../shared/data}), as the service does it (with the similar occupations and
 * profiles, the text index and the crosswalk suggestions derived: {@link ServiceBuilders}); then the service is
 * started on that store and each endpoint is called with 16 sample parameters taken from the store (O*NET-SOC
 * occupations with similar occupations, ESCO occupations, Canon profiles, focus names), in turn: median and 99th
 * percentile after warm-up, every answer read to the end and counted only on 200. The load and the import are timed
 * too (wall-clock and CPU seconds of this process). Results go to {@code endpoints.md} and {@code endpoints.json}.
 */
final class EndpointBenchmark {
    /** How many sample parameters each endpoint takes in turn. */
    static final int SAMPLES = 16;

    /** One endpoint: what it answers, its target median in ms (0: none), and its figures. */
    record Endpoint(String name, String example, double limitMs, Latency latency) {
        boolean met() {
            return limitMs <= 0 || latency.medianMs() < limitMs;
        }
    }

    /** The whole run. */
    record Results(String command, Machine machine, String date, String external, long loadTriples, double loadSeconds,
                   long importTriples, double importSeconds, double importCpuSeconds, double startupSeconds,
                   List<Endpoint> endpoints) {}

    /** The sample parameters, read from the store before the service starts. */
    record Samples(List<String> occupations, List<String> escoOccupations, List<String> profiles, List<String> focusNames) {}

    private final Progress progress;

    EndpointBenchmark(Progress progress) {
        this.progress = progress;
    }

    Results run(SourceLayout sources, Path external, Path jar, String heap, Path work, Path results, int warmup,
                int iterations, String command) {
        Path store = work.resolve("store");
        Files2.delete(store);
        Files2.delete(work.resolve("store-text"));
        progress.expect(4 + ENDPOINTS);
        long loadTriples;
        double loadSeconds;
        long importTriples;
        double importSeconds;
        double importCpu;
        Samples samples;
        try (CanonStore st = Tdb2Store.open(store)) {
            Progress.Step step = progress.step("loading the shipped taxonomy");
            long t0 = System.nanoTime();
            loadTriples = new CanonLoader(ServiceBuilders.forStore(store)).load(sources, st).triples();
            loadSeconds = LoadBenchmark.r2((System.nanoTime() - t0) / 1e9);
            step.done(loadTriples, "triples");
            step = progress.step("importing " + external + " with the suggestions and similarities");
            double cpu0 = Machine.cpuSeconds();
            t0 = System.nanoTime();
            importTriples = new ExternalImporter(ServiceBuilders.forStore(store)).importInto(List.of(external), st).triples();
            importSeconds = LoadBenchmark.r2((System.nanoTime() - t0) / 1e9);
            importCpu = LoadBenchmark.r2(Machine.cpuSeconds() - cpu0);
            step.done(importTriples, "triples");
            step = progress.step("choosing sample parameters");
            samples = samples(st);
            step.done();
            TDBInternal.expel(st.datasetGraph());
        }
        Progress.Step step = progress.step("starting the service");
        List<Endpoint> endpoints = new ArrayList<>();
        double startup;
        try (ServiceProcess p = ServiceProcess.start(jar, heap, store, null, work.resolve("service.log"))) {
            startup = p.startupSeconds;
            step.done();
            String base = "http://127.0.0.1:" + p.apiPort;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (Call call : calls(samples)) {
                Progress.Step s = progress.step(call.name);
                Latency l = Latency.measure(warmup, iterations, 60, i -> ok(http, base + call.path.apply(i), call.accept));
                endpoints.add(new Endpoint(call.name, call.path.apply(0), call.limitMs, l));
                s.doneWith(l.cell() + " ms" + (l.errors() > 0 ? ", " + l.errors() + " failed" : ""));
            }
        }
        Results r = new Results(command, Machine.detect(), ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                external.toString(), loadTriples, loadSeconds, importTriples, importSeconds, importCpu, startup, endpoints);
        write(r, results);
        return r;
    }

    private record Call(String name, double limitMs, String accept, IntFunction<String> path) {}

    private static final int ENDPOINTS = 13;

    /** The endpoints and their targets (the issues' limits on the median; 0 where none is set). */
    private static List<Call> calls(Samples s) {
        String json = "application/json";
        return List.of(
                new Call("suggestions, O*NET-SOC -> ESCO", 50, json, i -> "/api/suggestions?scheme=onet-soc&code="
                        + at(s.occupations, i) + "&target=esco&limit=10"),
                new Call("suggestions, ESCO -> O*NET-SOC", 50, json, i -> "/api/suggestions?scheme=esco&iri="
                        + enc(at(s.escoOccupations, i)) + "&target=onet-soc&limit=10"),
                new Call("suggestions, Canon -> ESCO", 50, json, i -> "/api/suggestions?scheme=canon&code="
                        + at(s.profiles, i) + "&target=esco&limit=10"),
                new Call("similar occupations", 30, json, i -> "/api/similar?scheme=onet-soc&code="
                        + at(s.occupations, i) + "&limit=10"),
                new Call("similar profiles", 30, json, i -> "/api/profiles/" + at(s.profiles, i) + "/similar?limit=10"),
                new Call("adjacency", 20, json, i -> "/api/profiles/" + at(s.profiles, i) + "/adjacent"),
                new Call("adjacency mode=skills", 20, json, i -> "/api/profiles/" + at(s.profiles, i) + "/adjacent?mode=skills"),
                new Call("adjacency mode=blend", 20, json, i -> "/api/profiles/" + at(s.profiles, i) + "/adjacent?mode=blend"),
                new Call("career paths, 5 into other functions", 20, json, i -> "/api/profiles/" + at(s.profiles, i)
                        + "/career-paths?otherFunctions=5"),
                new Call("search", 20, json, i -> "/api/search?q=" + enc(at(s.focusNames, i))),
                new Call("autocomplete", 20, json, i -> "/api/suggest?q=" + enc(prefix(at(s.focusNames, i)))),
                new Call("profile page (HTML)", 0, "text/html", i -> "/id/profile/" + at(s.profiles, i)),
                new Call("occupation page (HTML)", 0, "text/html", i -> "/external/onet-soc/" + at(s.occupations, i)));
    }

    private static String at(List<String> values, int i) {
        return values.get(i % values.size());
    }

    /** The first word of a name and the start of the next, as someone typing it: "customer sup". */
    static String prefix(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        return words.length == 1 ? words[0].substring(0, Math.min(4, words[0].length()))
                : words[0] + " " + words[1].substring(0, Math.min(3, words[1].length()));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean ok(HttpClient http, String url, String accept) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                    .timeout(Duration.ofMinutes(1)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** 16 of each kind of parameter, spread over the store's concepts in code order. */
    static Samples samples(CanonStore store) {
        return new Samples(
                column(store, "SELECT DISTINCT ?v WHERE { ?e <https://w3id.org/canon/ontology#subjectOccupation> ?o . "
                        + "?o <http://www.w3.org/2004/02/skos/core#notation> ?v } ORDER BY ?v"),
                column(store, "SELECT ?v WHERE { ?v <http://www.w3.org/2004/02/skos/core#inScheme> "
                        + "<http://data.europa.eu/esco/concept-scheme/occupations> } ORDER BY ?v"),
                column(store, "SELECT ?v WHERE { ?p a <https://w3id.org/canon/ontology#Profile> ; "
                        + "<http://www.w3.org/2004/02/skos/core#notation> ?v } ORDER BY ?v"),
                column(store, "SELECT ?v WHERE { ?f a <https://w3id.org/canon/ontology#Focus> ; "
                        + "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l . BIND (STR(?l) AS ?v) } ORDER BY ?v"));
    }

    private static List<String> column(CanonStore store, String query) {
        List<String> all = new ArrayList<>();
        try (RDFConnection conn = store.connect()) {
            Txn.executeRead(conn, () -> conn.querySelect(query, (QuerySolution row) -> all.add(
                    row.get("v").isURIResource() ? row.getResource("v").getURI() : row.getLiteral("v").getLexicalForm())));
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("No sample in the store for: " + query
                    + " (is the external data imported, with O*NET and ESCO?)");
        }
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String v = all.get((int) ((long) i * all.size() / SAMPLES));
            if (!spread.contains(v)) {
                spread.add(v);
            }
        }
        return spread;
    }

    static void write(Results r, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("endpoints.json"),
                    JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(r) + "\n");
            Files.writeString(folder.resolve("endpoints.md"), markdown(r));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the endpoint results", e);
        }
    }

    static String markdown(Results r) {
        Machine m = r.machine();
        StringBuilder md = new StringBuilder("# Endpoints on the full data\n\n");
        md.append(String.format(Locale.ROOT, "Run of %s: `%s`. Machine: %s, %d cores, %.0f GB; %s.%n%n",
                r.date().substring(0, 10), r.command(), m.cpu(), m.cores(), m.memoryGb(), m.jvm()));
        md.append(String.format(Locale.ROOT, "The shipped taxonomy loaded (%,d triples, %.1f s), then `%s` imported as "
                        + "`import` does it, with the similar occupations and profiles, the text index and the crosswalk "
                        + "suggestions derived (%,d triples, %.1f s, %.1f s of CPU); the service started on that store "
                        + "(`java -jar`, ready in %.1f s).%n%n",
                r.loadTriples(), r.loadSeconds(), r.external(), r.importTriples(), r.importSeconds(), r.importCpuSeconds(),
                r.startupSeconds()));
        md.append("Each endpoint is called with " + SAMPLES + " sample parameters from the store in turn; median / p99 "
                + "in ms after warm-up, through HTTP on the loopback, each answer read to the end.\n\n");
        md.append("| endpoint | first call | median / p99 (ms) | failed | target (median) | met |\n|---|---|---:|---:|---:|---|\n");
        for (Endpoint e : r.endpoints()) {
            md.append("| ").append(e.name()).append(" | `").append(e.example()).append("` | ").append(e.latency().cell())
                    .append(" | ").append(e.latency().errors()).append(" | ")
                    .append(e.limitMs() > 0 ? String.format(Locale.ROOT, "%.0f ms", e.limitMs()) : "")
                    .append(" | ").append(e.limitMs() > 0 ? (e.met() ? "yes" : "**no**") : "").append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "%nThe import (target: under 30 s, suggestions and similarities included) "
                + "took %.1f s.%n", r.importSeconds()));
        return md.toString();
    }
}
