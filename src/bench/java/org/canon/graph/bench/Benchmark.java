package org.canon.graph.bench;

import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.progress.Progress;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.query.NamedQuery;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.Tdb2Store;

/**
 * The benchmark: for each size, generates a taxonomy ({@link TaxonomyGenerator}), loads it with the project's
 * loader and with Jena's bulk loader ({@link LoadBenchmark}), times every named query with typical parameters
 * through Java ({@link QueryRunner} over the store), then starts the service as its own process
 * ({@link ServiceProcess}) and times them through the REST API and through Fuseki, measures requests per second of
 * both for the per-profile queries, the service's memory, and its start-up ({@link StartupBenchmark}: several starts,
 * {@code java -jar} and the class-data-sharing way of {@code src/main/scripts/run}, on each size and first on the shipped data);
 * and search and autocomplete over the text index built from the store ({@link SearchBenchmark}), through Java and
 * the API. Results go to {@link ResultsWriter} after each size, so a long run leaves its figures even if stopped. Each
 * step is reported to a {@link Progress} (quiet by default).
 *
 * <pre>{@code
 * BenchResults r = Benchmark.create().sizes(List.of(1_000, 10_000)).build().run();
 * }</pre>
 */
public final class Benchmark {
    private final Builder s;

    private Benchmark(Builder settings) {
        this.s = settings;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Settings; every one has a default, listed here. */
    public static final class Builder {
        List<Integer> sizes = List.of(1_000, 10_000, 100_000);
        long seed = 42;
        Path work = Path.of("target/bench");
        Path results = Path.of(BenchMain.RESULTS);
        SourceLayout sources = SourceLayout.shipped();
        String command = "bench";
        int warmup = 20;
        int iterations = 100;
        /** From this size on, {@link #largeWarmup} and {@link #largeIterations} apply. */
        int largeFrom = 100_000;
        int largeWarmup = 5;
        int largeIterations = 30;
        /** The most time measured runs of one query on one path may take; at least 5 runs are made. */
        Duration queryBudget = Duration.ofSeconds(60);
        /** Loads of each kind per size up to 10,000 profiles (the median is kept); one above. */
        int loadRepeats = 3;
        int samples = 16;
        int throughputRequests = 2_000;
        int clients = 4;
        List<String> throughputQueries = List.of("crosswalk", "skills", "adjacency");
        /** Named queries measured a second time with these parameters set, beside their defaults. */
        Map<String, List<Map<String, String>>> variants = Map.of(
                "adjacency", List.of(Map.of("mode", "skills"), Map.of("mode", "blend")),
                "career-paths", List.of(Map.of("otherFunctions", "5")));
        /** Whether to time the former LATERAL version of adjacency beside it ({@link Baseline}; default true). */
        boolean baseline = true;
        boolean http = true;
        Path serviceJar = Path.of("target", "canon-graph.jar");
        String serviceHeap = "4g";
        int startups = 3;
        boolean cds = true;
        boolean shipped = true;
        Progress progress = Progress.quiet();
        boolean searchOnly;
        /** Only these named queries (with their variants, and the LATERAL baseline with adjacency); empty: all. */
        java.util.Set<String> queries = java.util.Set.of();
        /** Named queries left out (e.g. the slowest whole-taxonomy ones, in a run at many sizes). */
        java.util.Set<String> skip = java.util.Set.of();
        /** Whether the import of {@link #external} derives what the service's import derives (default true). */
        boolean importDerived = true;
        Path external;

        public Builder sizes(List<Integer> v) { sizes = List.copyOf(v); return this; }
        public Builder seed(long v) { seed = v; return this; }
        /** Where taxonomies, stores and logs are written (default target/bench). */
        public Builder work(Path v) { work = v; return this; }
        /** Where latest.json and latest.md are written (default docs/benchmarks); null for nowhere. */
        public Builder results(Path v) { results = v; return this; }
        /** Where ontology, shapes, queries and core.ttl come from (default: shipped). */
        public Builder sources(SourceLayout v) { sources = v; return this; }
        /** The command line recorded in the results. */
        public Builder command(String v) { command = v; return this; }
        public Builder warmup(int v) { warmup = v; return this; }
        public Builder iterations(int v) { iterations = v; return this; }
        public Builder large(int from, int warmupRuns, int measuredRuns) {
            largeFrom = from; largeWarmup = warmupRuns; largeIterations = measuredRuns; return this;
        }
        public Builder queryBudget(Duration v) { queryBudget = v; return this; }
        public Builder loadRepeats(int v) { loadRepeats = v; return this; }
        public Builder throughput(int requests, int clientThreads) { throughputRequests = requests; clients = clientThreads; return this; }
        /** Whether to time the former LATERAL version of adjacency beside it (default true). */
        public Builder baseline(boolean v) { baseline = v; return this; }
        /** Whether to start the service and measure the HTTP paths (default true). */
        public Builder http(boolean v) { http = v; return this; }
        /** The jar to start the service from (default target/canon-graph.jar). */
        public Builder serviceJar(Path v) { serviceJar = v; return this; }
        public Builder serviceHeap(String v) { serviceHeap = v; return this; }
        /** Starts of the service per way and store for the start-up figures (default 3; the median is kept). */
        public Builder startups(int v) { startups = v; return this; }
        /** Whether to measure the start-up of {@code src/main/scripts/run} (extracted jar, class-data-sharing archive) too (default true). */
        public Builder cds(boolean v) { cds = v; return this; }
        /** Whether to measure the start-up on the shipped data first (default true; with HTTP only). */
        public Builder shipped(boolean v) { shipped = v; return this; }
        /** Where each step is reported (default: nowhere). */
        public Builder progress(Progress v) { progress = v; return this; }
        /** Measure search and autocomplete only: no bulk loader, named queries or throughput (default false). */
        public Builder searchOnly(boolean v) { searchOnly = v; return this; }
        /** Only these named queries, through Java and HTTP, also beside {@code searchOnly} (default: all; empty: all). */
        public Builder queries(java.util.Set<String> v) { queries = java.util.Set.copyOf(v); return this; }
        /** Named queries not to time (default none). */
        public Builder skip(java.util.Set<String> v) { skip = java.util.Set.copyOf(v); return this; }
        /**
         * Whether the import of the external schemes also derives the similar occupations and profiles, the text
         * index and the crosswalk suggestions, as the service's import does (default true; false: the triples only,
         * and the import is not among the figures).
         */
        public Builder importDerived(boolean v) { importDerived = v; return this; }
        /** A folder of external schemes to import into each store after the load (default none). */
        public Builder external(Path v) { external = v; return this; }

        public Benchmark build() {
            if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("sizes must be one or more positive numbers: " + sizes);
            }
            if (http && (serviceJar == null || !Files.isRegularFile(serviceJar))) {
                throw new IllegalArgumentException("No service jar to start (" + serviceJar + "): build it with "
                        + "./mvnw -DskipTests package, or run with --http=false");
            }
            return new Benchmark(this);
        }
    }

    public BenchResults run() {
        Machine machine = Machine.detect();
        String date = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        BenchResults.Settings settings = new BenchResults.Settings(s.warmup, s.iterations, s.largeWarmup,
                s.largeIterations, s.largeFrom, s.queryBudget.toSeconds(), s.samples, s.loadRepeats, s.throughputRequests,
                s.clients, s.searchOnly ? "not run" : "tdb2 phased (tdb2.tdbloader default)", s.http ? s.serviceHeap : "none",
                s.searchOnly ? (s.queries.isEmpty() ? "search" : "search and " + String.join(", ", new java.util.TreeSet<>(s.queries)))
                        : null, s.external == null ? null : s.external.toString());
        ResultsWriter writer = new ResultsWriter(s.results);
        int queries = (int) new QueryCatalog(s.sources).all().stream().filter(q -> measured(q.name()))
                .mapToInt(q -> 1 + s.variants.getOrDefault(q.name(), List.of()).size()).sum();
        s.progress.expect(s.sizes.size() * (2 + queries + (s.baseline ? 1 : 0) + (s.http ? queries + s.throughputQueries.size()
                + s.startups * (s.cds ? 2 : 1) + (s.external != null ? 4 : 3) : 0)));
        Cds cds = s.http && s.cds ? cds() : null;
        List<BenchResults.Startup> shipped = s.http && s.shipped ? shipped(cds) : List.of();
        List<BenchResults.SizeRun> runs = new ArrayList<>();
        BenchResults results = null;
        for (int size : s.sizes) {
            runs.add(size(size, cds));
            results = new BenchResults(s.command, machine, date, s.seed, s.sizes, settings, shipped, List.copyOf(runs),
                    Targets.check(runs, shipped));
            writer.write(results);
        }
        return results;
    }

    /** Extracts the service jar and records its class-data-sharing archive, as {@code src/main/scripts/run} does. */
    private Cds cds() {
        Progress.Step step = s.progress.expect(1).step("extracting the service jar and recording its CDS archive");
        Cds cds = Cds.prepare(s.serviceJar, s.work.resolve("cds"));
        step.done();
        return cds;
    }

    /** The start-up on the shipped data (the sources the benchmark is given), in a store of its own. */
    private List<BenchResults.Startup> shipped(Cds cds) {
        Path dir = s.work.resolve("shipped");
        Path store = dir.resolve("store");
        Files2.delete(store);
        s.progress.expect(1 + s.startups * (cds == null ? 1 : 2));
        Progress.Step step = s.progress.step("loading the shipped data");
        try (CanonStore st = Tdb2Store.open(store)) {
            step.done(new CanonLoader(ServiceBuilders.forStore(store)).load(s.sources, st).triples(), "triples");
            TDBInternal.expel(st.datasetGraph());
        }
        // the service reads its named queries from the jar; the store holds what the benchmark was given
        return StartupBenchmark.measure("shipped data", s.serviceJar, cds, s.serviceHeap, store, null, dir, s.startups,
                s.progress);
    }

    private BenchResults.SizeRun size(int profiles, Cds cds) {
        double loadBefore = Machine.loadAverage();
        double reference = Machine.referenceMillis();
        Path dir = s.work.resolve(Integer.toString(profiles));
        Path sources = dir.resolve("sources");
        Path store = dir.resolve("store");
        Progress.Step step = step(profiles, "generating (CPU reference " + reference + " ms, load average "
                + loadBefore + ")");
        long t0 = System.nanoTime();
        GeneratedTaxonomy t = TaxonomyGenerator.create().profiles(profiles).seed(s.seed).sources(s.sources).build()
                .writeTo(sources);
        BenchResults.Generated generated = new BenchResults.Generated(t.functions(), t.focuses(), t.skills(),
                t.responsibilities(), t.mappings(), Files2.count(sources), Files2.size(sources),
                LoadBenchmark.r2((System.nanoTime() - t0) / 1e9));
        step.doneWith(t.describe());
        step = step(profiles, "loading it with the project's loader and the bulk loader");
        BenchResults.Load load = LoadBenchmark.run(sources, store, dir.resolve("bulk-store"), dir.resolve("bulk-input"),
                profiles <= 10_000 ? s.loadRepeats : 1, !s.searchOnly);
        step.doneWith(String.format(Locale.ROOT, "%,d triples, load %s s, bulk loader %s s",
                load.triples(), load.projectSeconds(), load.bulkSeconds()));
        BenchResults.Import imported = null;
        if (s.external != null) {
            step = step(profiles, "importing " + s.external + (s.importDerived ? " with the suggestions and similarities" : ""));
            BenchResults.Import done = importExternal(store);
            step.doneWith(String.format(Locale.ROOT, "%,d triples in %s s", done.triples(), done.seconds()));
            imported = done;
        }
        boolean large = profiles >= s.largeFrom;
        int warmup = large ? s.largeWarmup : s.warmup;
        int iterations = large ? s.largeIterations : s.iterations;
        List<QueryCase> cases = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        List<BenchResults.QueryFigures> baselines = new ArrayList<>();
        List<Latency> java = s.searchOnly && s.queries.isEmpty() ? List.of()
                : java(profiles, t, sources, store, warmup, iterations, cases, rows, baselines);
        SearchBenchmark search;
        Map<String, Latency> searchJava;
        try (CanonStore st = Tdb2Store.open(store)) {
            search = SearchBenchmark.build(st, dir.resolve("bench-text"), QueryCase.spread(t.samples(), s.samples));
            say(profiles, "text index: " + search.entries + " entries in " + search.buildSeconds + " s");
            searchJava = search.java(warmup, iterations, s.queryBudget.toSeconds());
            searchJava.forEach((op, l) -> say(profiles, "java " + op + " " + l.cell() + " ms"));
            search.close();
            TDBInternal.expel(st.datasetGraph());
        }
        Map<String, Latency> searchApi = null;
        List<BenchResults.QueryFigures> figures = new ArrayList<>();
        List<BenchResults.Throughput> throughput = new ArrayList<>();
        BenchResults.Service service = null;
        List<BenchResults.Startup> startups = List.of();
        List<BenchResults.Page> pages = List.of();
        if (s.http) {
            try (ServiceProcess p = ServiceProcess.start(s.serviceJar, s.serviceHeap, store, sources, dir.resolve("service.log"))) {
                HttpPaths paths = new HttpPaths(p.apiPort, p.fusekiPort, "canon");
                for (int i = 0; i < cases.size(); i++) {
                    QueryCase c = cases.get(i);
                    step = step(profiles, "http " + c.label());
                    List<Latency> both = Latency.interleaved(warmup, iterations, s.queryBudget.toSeconds(),
                            List.of(k -> paths.api(c, k), k -> paths.fuseki(c, k)));
                    figures.add(new BenchResults.QueryFigures(c.label(), c.params().get(0), rows.get(i), java.get(i),
                            both.get(0), both.get(1)));
                    step.doneWith("API " + both.get(0).cell() + " ms, Fuseki " + both.get(1).cell() + " ms");
                }
                for (QueryCase c : cases) {
                    if (s.throughputQueries.contains(c.label())) {
                        throughput.add(throughput(profiles, c, paths, large && c.label().equals("adjacency")
                                ? s.throughputRequests / 10 : s.throughputRequests));
                    }
                }
                searchApi = search.api(p.apiPort, warmup, iterations, s.queryBudget.toSeconds());
                searchApi.forEach((op, l) -> say(profiles, "http /api/" + op + " " + l.cell() + " ms"));
                pages = pages(profiles, p.apiPort, QueryCase.spread(t.samples(), s.samples), warmup, iterations);
                double[] rss = p.rssMb();
                service = new BenchResults.Service(p.startupSeconds, rss[0], rss[1], p.heapUsedMb(), s.serviceHeap);
            }
            startups = StartupBenchmark.measure(String.format(Locale.ROOT, "%,d profiles", profiles),
                    s.serviceJar, cds, s.serviceHeap, store, sources, dir, s.startups, s.progress);
        } else {
            for (int i = 0; i < cases.size(); i++) {
                figures.add(new BenchResults.QueryFigures(cases.get(i).label(), cases.get(i).params().get(0),
                        rows.get(i), java.get(i), null, null));
            }
        }
        figures.addAll(baselines);
        return new BenchResults.SizeRun(profiles, reference, generated, load, figures, throughput, service, startups,
                loadBefore, Machine.loadAverage(), search.results(searchJava, searchApi), imported, pages);
    }

    /**
     * The pages people open, through HTTP as a browser asks for them (HTML): the home page (the taxonomy's tree), a
     * profile's page, the search page, and with external schemes imported an O*NET-SOC occupation's page; the sample
     * profiles in turn.
     */
    private List<BenchResults.Page> pages(int profiles, int port, List<GeneratedTaxonomy.Sample> samples, int warmup,
                                          int iterations) {
        Map<String, IntFunction<String>> paths = new LinkedHashMap<>();
        paths.put("home page", i -> "/");
        paths.put("profile page", i -> "/id/profile/" + samples.get(i % samples.size()).profileCode());
        paths.put("search page", i -> "/search?q=" + URLEncoder.encode(
                Texts.lower(samples.get(i % samples.size()).focusName()), StandardCharsets.UTF_8));
        if (s.external != null) {
            paths.put("occupation page", i -> "/external/onet-soc/" + samples.get(i % samples.size()).onetCode());
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<BenchResults.Page> out = new ArrayList<>();
        paths.forEach((name, path) -> {
            Progress.Step step = step(profiles, "http " + name);
            Latency l = Latency.measure(warmup, iterations, s.queryBudget.toSeconds(), i -> html(http, port, path.apply(i)));
            out.add(new BenchResults.Page(name, path.apply(0), l));
            step.doneWith(l.cell() + " ms");
        });
        return out;
    }

    private static boolean html(HttpClient http, int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/html").timeout(Duration.ofMinutes(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether a named query is measured: all are, unless {@code queries} names some or {@code skip} names it. */
    private boolean measured(String query) {
        return (s.queries.isEmpty() || s.queries.contains(query)) && !s.skip.contains(query);
    }

    /**
     * Imports the external schemes into the loaded store as the service's {@code import} does: with the same derived
     * graphs (similar occupations and profiles, the text index beside the store where the service looks for it, the
     * crosswalk suggestions), in one transaction.
     */
    private BenchResults.Import importExternal(Path store) {
        List<DerivedGraphBuilder> derived = s.importDerived ? ServiceBuilders.forStore(store) : List.of();
        try (CanonStore st = Tdb2Store.open(store)) {
            double cpu0 = Machine.cpuSeconds();
            long t0 = System.nanoTime();
            long triples = new ExternalImporter(derived).importInto(List.of(s.external), st).triples();
            BenchResults.Import result = new BenchResults.Import(triples, LoadBenchmark.r2((System.nanoTime() - t0) / 1e9),
                    LoadBenchmark.r2(Machine.cpuSeconds() - cpu0), s.importDerived);
            TDBInternal.expel(st.datasetGraph());
            return result;
        }
    }

    /** Every named query through Java over the store; fills the cases and their row counts. */
    private List<Latency> java(int profiles, GeneratedTaxonomy t, Path sources, Path store, int warmup, int iterations,
                               List<QueryCase> cases, List<Long> rows, List<BenchResults.QueryFigures> baselines) {
        List<Latency> java = new ArrayList<>();
        QueryRunner.Limits limits = new QueryRunner.Limits(Duration.ofMinutes(5), QueryRunner.Limits.DEFAULTS.maxRows());
        QueryCatalog catalog = new QueryCatalog(SourceLayout.folder(sources));
        try (CanonStore st = Tdb2Store.open(store)) {
            QueryRunner runner = new QueryRunner(st, catalog, limits);
            List<GeneratedTaxonomy.Sample> samples = QueryCase.spread(t.samples(), s.samples);
            for (NamedQuery q : catalog.all()) {
                if (!measured(q.name())) {
                    continue;
                }
                List<QueryCase> forQuery = new ArrayList<>(List.of(QueryCase.of(q, runner, samples)));
                s.variants.getOrDefault(q.name(), List.of()).forEach(v -> forQuery.add(QueryCase.of(q, v, runner, samples)));
                for (QueryCase c : forQuery) {
                    Progress.Step step = step(profiles, "java " + c.label());
                    cases.add(c);
                    rows.add(run(runner, c, 0));
                    java.add(Latency.measure(warmup, iterations, s.queryBudget.toSeconds(), i -> run(runner, c, i) >= 0));
                    step.doneWith(java.get(java.size() - 1).cell() + " ms");
                }
                if (q.name().equals("adjacency") && s.baseline) {
                    QueryCase adjacency = forQuery.get(0);
                    Baseline b = Baseline.of(adjacency);
                    Progress.Step step = step(profiles, "java " + Baseline.LABEL);
                    Latency l = Latency.measure(warmup, iterations, s.queryBudget.toSeconds(), i -> b.run(st, i) >= 0);
                    baselines.add(new BenchResults.QueryFigures(Baseline.LABEL, Baseline.params(adjacency), b.run(st, 0),
                            l, null, null));
                    step.doneWith(l.cell() + " ms");
                }
            }
            TDBInternal.expel(st.datasetGraph());
        }
        return java;
    }

    private BenchResults.Throughput throughput(int profiles, QueryCase c, HttpPaths paths, int requests) {
        Progress.Step step = step(profiles, "requests per second, " + c.label());
        double[][] rps = HttpPaths.throughput(requests, s.clients, List.of(k -> paths.api(c, k), k -> paths.fuseki(c, k)));
        step.doneWith("API " + rps[0][0] + ", Fuseki " + rps[1][0]);
        return new BenchResults.Throughput(c.label(), requests, s.clients, rps[0][0], rps[1][0],
                LoadBenchmark.r2(rps[1][0] / rps[0][0]), (int) (rps[0][1] + rps[1][1]));
    }

    /** Runs sample {@code i} of a case; returns the number of rows (triples for CONSTRUCT), or -1 on failure. */
    static long run(QueryRunner runner, QueryCase c, int i) {
        Map<String, String> params = c.params().get(i % c.params().size());
        try {
            return c.construct() ? runner.construct(c.name(), params).size() : runner.select(c.name(), params).size();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private Progress.Step step(int profiles, String what) {
        return s.progress.step(String.format(Locale.ROOT, "%,d profiles: %s", profiles, what));
    }

    /** A line of its own beside the counted steps, e.g. what the text index measured. */
    private void say(int profiles, String what) {
        s.progress.note(String.format(Locale.ROOT, "  %,d profiles: %s", profiles, what));
    }
}
