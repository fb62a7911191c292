package org.canon.graph.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.tdb2.sys.TDBInternal;
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
 * both for the per-profile queries, and the service's start-up time and memory. Results go to
 * {@link ResultsWriter} after each size, so a long run leaves its figures even if stopped.
 *
 * <pre>{@code
 * BenchResults r = Benchmark.create().sizes(List.of(1_000, 10_000)).build().run();
 * }</pre>
 */
public final class Benchmark {
    private final Builder s;
    private final PrintStream log = System.out;

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
        boolean http = true;
        Path serviceJar = Path.of("target", "canon-graph.jar");
        String serviceHeap = "4g";

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
        /** Whether to start the service and measure the HTTP paths (default true). */
        public Builder http(boolean v) { http = v; return this; }
        /** The jar to start the service from (default target/canon-graph.jar). */
        public Builder serviceJar(Path v) { serviceJar = v; return this; }
        public Builder serviceHeap(String v) { serviceHeap = v; return this; }

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
                s.clients, "tdb2 phased (tdb2.tdbloader default)", s.http ? s.serviceHeap : "none");
        ResultsWriter writer = new ResultsWriter(s.results);
        List<BenchResults.SizeRun> runs = new ArrayList<>();
        BenchResults results = null;
        for (int size : s.sizes) {
            runs.add(size(size));
            results = new BenchResults(s.command, machine, date, s.seed, s.sizes, settings, List.copyOf(runs),
                    Targets.check(runs));
            writer.write(results);
        }
        return results;
    }

    private BenchResults.SizeRun size(int profiles) {
        double loadBefore = Machine.loadAverage();
        double reference = Machine.referenceMillis();
        Path dir = s.work.resolve(Integer.toString(profiles));
        Path sources = dir.resolve("sources");
        Path store = dir.resolve("store");
        say(profiles, "generating (CPU reference " + reference + " ms, load average " + loadBefore + ")");
        long t0 = System.nanoTime();
        GeneratedTaxonomy t = TaxonomyGenerator.create().profiles(profiles).seed(s.seed).sources(s.sources).build()
                .writeTo(sources);
        BenchResults.Generated generated = new BenchResults.Generated(t.functions(), t.focuses(), t.skills(),
                t.responsibilities(), t.mappings(), Files2.count(sources), Files2.size(sources),
                LoadBenchmark.r2((System.nanoTime() - t0) / 1e9));
        say(profiles, "loading: " + t.describe());
        BenchResults.Load load = LoadBenchmark.run(sources, store, dir.resolve("bulk-store"), dir.resolve("bulk-input"),
                profiles <= 10_000 ? s.loadRepeats : 1);
        say(profiles, "load " + load.projectSeconds() + " s, bulk loader " + load.bulkSeconds() + " s; querying");
        boolean large = profiles >= s.largeFrom;
        int warmup = large ? s.largeWarmup : s.warmup;
        int iterations = large ? s.largeIterations : s.iterations;
        List<QueryCase> cases = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        List<Latency> java = java(profiles, t, sources, store, warmup, iterations, cases, rows);
        List<BenchResults.QueryFigures> figures = new ArrayList<>();
        List<BenchResults.Throughput> throughput = new ArrayList<>();
        BenchResults.Service service = null;
        if (s.http) {
            say(profiles, "starting the service");
            try (ServiceProcess p = ServiceProcess.start(s.serviceJar, s.serviceHeap, store, sources, dir.resolve("service.log"))) {
                HttpPaths paths = new HttpPaths(p.apiPort, p.fusekiPort, "canon");
                for (int i = 0; i < cases.size(); i++) {
                    QueryCase c = cases.get(i);
                    List<Latency> both = Latency.interleaved(warmup, iterations, s.queryBudget.toSeconds(),
                            List.of(k -> paths.api(c, k), k -> paths.fuseki(c, k)));
                    figures.add(new BenchResults.QueryFigures(c.name(), c.params().get(0), rows.get(i), java.get(i),
                            both.get(0), both.get(1)));
                    say(profiles, "http " + c.name() + " api " + both.get(0).cell() + ", fuseki " + both.get(1).cell() + " ms");
                }
                for (QueryCase c : cases) {
                    if (s.throughputQueries.contains(c.name())) {
                        throughput.add(throughput(profiles, c, paths, large && c.name().equals("adjacency")
                                ? s.throughputRequests / 10 : s.throughputRequests));
                    }
                }
                double[] rss = p.rssMb();
                service = new BenchResults.Service(p.startupSeconds, rss[0], rss[1], p.heapUsedMb(), s.serviceHeap);
                say(profiles, "service start-up " + p.startupSeconds + " s, RSS " + rss[0] + " MB");
            }
        } else {
            for (int i = 0; i < cases.size(); i++) {
                figures.add(new BenchResults.QueryFigures(cases.get(i).name(), cases.get(i).params().get(0),
                        rows.get(i), java.get(i), null, null));
            }
        }
        return new BenchResults.SizeRun(profiles, reference, generated, load, figures, throughput, service, loadBefore,
                Machine.loadAverage());
    }

    /** Every named query through Java over the store; fills the cases and their row counts. */
    private List<Latency> java(int profiles, GeneratedTaxonomy t, Path sources, Path store, int warmup, int iterations,
                               List<QueryCase> cases, List<Long> rows) {
        List<Latency> java = new ArrayList<>();
        QueryRunner.Limits limits = new QueryRunner.Limits(Duration.ofMinutes(5), QueryRunner.Limits.DEFAULTS.maxRows());
        QueryCatalog catalog = new QueryCatalog(SourceLayout.folder(sources));
        try (CanonStore st = Tdb2Store.open(store)) {
            QueryRunner runner = new QueryRunner(st, catalog, limits);
            List<GeneratedTaxonomy.Sample> samples = QueryCase.spread(t.samples(), s.samples);
            for (NamedQuery q : catalog.all()) {
                QueryCase c = QueryCase.of(q, runner, samples);
                cases.add(c);
                rows.add(run(runner, c, 0));
                java.add(Latency.measure(warmup, iterations, s.queryBudget.toSeconds(), i -> run(runner, c, i) >= 0));
                say(profiles, "java " + c.name() + " " + java.get(java.size() - 1).cell() + " ms");
            }
            TDBInternal.expel(st.datasetGraph());
        }
        return java;
    }

    private BenchResults.Throughput throughput(int profiles, QueryCase c, HttpPaths paths, int requests) {
        double[][] rps = HttpPaths.throughput(requests, s.clients, List.of(k -> paths.api(c, k), k -> paths.fuseki(c, k)));
        say(profiles, "rps " + c.name() + " api " + rps[0][0] + ", fuseki " + rps[1][0]);
        return new BenchResults.Throughput(c.name(), requests, s.clients, rps[0][0], rps[1][0],
                LoadBenchmark.r2(rps[1][0] / rps[0][0]), (int) (rps[0][1] + rps[1][1]));
    }

    /** Runs sample {@code i} of a case; returns the number of rows (triples for CONSTRUCT), or -1 on failure. */
    private static long run(QueryRunner runner, QueryCase c, int i) {
        Map<String, String> params = c.params().get(i % c.params().size());
        try {
            return c.construct() ? runner.construct(c.name(), params).size() : runner.select(c.name(), params).size();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void say(int profiles, String what) {
        log.printf("[bench %,d] %s%n", profiles, what);
        log.flush();
    }
}
