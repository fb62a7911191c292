package org.canon.graph.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.canon.graph.progress.Progress;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.Tdb2Store;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * The benchmark's command line, run from a checkout with
 * {@code ./mvnw -q -Pbench package -Dbench.args="bench --sizes=1000,10000,100000"} (see
 * {@code docs/benchmarks/README.md}): {@code generate} writes a synthetic taxonomy ({@link TaxonomyGenerator}),
 * {@code bench} runs the {@link Benchmark}, {@code reload} the {@link ReloadBenchmark}, {@code startup} measures only
 * the service's start-up ({@link StartupBenchmark}). Options are {@code --name=value}; {@code --canon.sources.dir=DIR}
 * picks the ontology, shapes and queries the taxonomies are built with (default: the service's shipped copies);
 * {@code --progress=auto} shows each step on a terminal ({@code on}: always, {@code off}: never).
 */
public final class BenchMain {
    /** Where results and the analysis live, relative to the checkout. */
    static final String RESULTS = "docs/benchmarks";
    private static final PrintStream OUT = System.out;

    private BenchMain() {
    }

    /** The standalone Fuseki server the bench profile copies (as the remote-store test run does). */
    static final String FUSEKI_SERVER = "target/fuseki-server/jena-fuseki-server.jar";

    public static void main(String[] argv) {
        ApplicationArguments args = new DefaultApplicationArguments(argv);
        List<String> words = args.getNonOptionArgs();
        String command = words.isEmpty() ? "help" : words.get(0);
        int exit;
        try {
            exit = switch (command) {
                case "generate" -> generate(args);
                case "bench" -> bench(args);
                case "reload" -> reload(args);
                case "startup" -> startup(args);
                case "endpoints" -> endpoints(args);
                case "remote" -> remote(args);
                case "help" -> help();
                default -> {
                    System.err.println("Unknown command '" + command + "'; try 'help'");
                    yield 2;
                }
            };
        } catch (RuntimeException e) {
            System.err.println("FAILED: " + e.getMessage());
            exit = 2;
        }
        System.exit(exit);
    }

    private static int help() {
        OUT.println("Commands:");
        OUT.println("  generate   write a synthetic taxonomy: --profiles=N [--seed=42] [--out=target/generated/N]");
        OUT.println("  bench      run the benchmark: [--sizes=1000,10000,100000] [--seed=42] [--http=true] "
                + "[--work=target/bench] [--results=" + RESULTS + "] [--only=search] [--external=DIR] (see " + RESULTS
                + "/README.md)");
        OUT.println("  reload     reload beside a cold load: [--sizes=1000,10000,100000] [--seed=42] "
                + "[--work=target/bench-reload] [--results=" + RESULTS + "] (writes reload.md)");
        OUT.println("  startup    measure the service's start-up only: [--store=DIR (default: the shipped data)] "
                + "[--sources=DIR] [--runs=5] [--cds=true] [--jar=target/canon-graph.jar] [--work=target/bench]");
        OUT.println("  endpoints  the REST endpoints and pages on the full data: [--external=../shared/data] "
                + "[--jar=target/canon-graph.jar] [--work=target/bench-endpoints] [--results=" + RESULTS + "] "
                + "(writes endpoints.md)");
        OUT.println("  remote     the network hop of the remote-store mode, on the stores bench left: "
                + "[--sizes=1000,10000,100000] [--seed=42] [--work=target/bench] [--server=" + FUSEKI_SERVER + "] "
                + "[--server-heap=4g] [--results=" + RESULTS + "] (writes remote.md)");
        OUT.println("  help       this list");
        OUT.println("Every command takes --progress=auto|on|off (default auto: each step shown on a terminal, not under CI).");
        return 0;
    }

    /**
     * {@code generate --profiles=N [--seed=42] [--out=target/generated/N]}: writes a synthetic taxonomy.
     *
     * @return the exit code
     */
    static int generate(ApplicationArguments args) {
        int profiles = Integer.parseInt(option(args, "profiles", "1000"));
        long seed = Long.parseLong(option(args, "seed", "42"));
        Path root = Path.of(option(args, "out", "target/generated/" + profiles));
        long t0 = System.nanoTime();
        GeneratedTaxonomy t = TaxonomyGenerator.create().profiles(profiles).seed(seed).sources(sources(args)).build()
                .writeTo(root);
        OUT.println("OK: wrote " + t.describe() + " to " + root.toAbsolutePath() + " in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms; load it with --canon.sources.dir=" + root);
        return 0;
    }

    /**
     * {@code bench [--sizes=1000,10000,100000] [--seed=42] [--work=target/bench] [--results=docs/benchmarks]
     * [--http=true] [--jar=target/canon-graph.jar] [--service-heap=4g] [--warmup=20] [--iterations=100]
     * [--load-repeats=3] [--requests=2000] [--clients=4] [--only=search] [--external=DIR]}: runs the benchmark and
     * writes its results ({@code --only=search}: search and autocomplete alone; {@code --external}: import the
     * external schemes of DIR into each store after the load);
     * {@code bench --render=docs/benchmarks/latest.json} only writes {@code latest.md} again from a results file.
     * Either prints the headline table that the README shows.
     *
     * @return the exit code
     */
    static int bench(ApplicationArguments args) {
        Path results = Path.of(option(args, "results", RESULTS));
        if (args.containsOption("render")) {
            // --render=docs/benchmarks/latest.json: write latest.md again (after editing analysis.md)
            Path json = Path.of(option(args, "render", RESULTS + "/latest.json"));
            BenchResults r = ResultsWriter.read(json);
            new ResultsWriter(json.toAbsolutePath().getParent()).write(r);
            OUT.println("OK: wrote " + json.toAbsolutePath().getParent().resolve("latest.md") + " from " + json);
            OUT.print(ResultsWriter.headline(r));
            return 0;
        }
        Benchmark.Builder b = Benchmark.create().sources(sources(args))
                .sizes(sizes(option(args, "sizes", "1000,10000,100000")))
                .seed(Long.parseLong(option(args, "seed", "42")))
                .work(Path.of(option(args, "work", "target/bench")))
                .results(results)
                .http(Boolean.parseBoolean(option(args, "http", "true")))
                .serviceHeap(option(args, "service-heap", "4g"))
                .warmup(Integer.parseInt(option(args, "warmup", "20")))
                .iterations(Integer.parseInt(option(args, "iterations", "100")))
                .loadRepeats(Integer.parseInt(option(args, "load-repeats", "3")))
                .throughput(Integer.parseInt(option(args, "requests", "2000")), Integer.parseInt(option(args, "clients", "4")))
                .startups(Integer.parseInt(option(args, "startups", "3")))
                .cds(Boolean.parseBoolean(option(args, "cds", "true")))
                .shipped(Boolean.parseBoolean(option(args, "shipped", "true")))
                .progress(progress(args))
                .searchOnly("search".equals(option(args, "only", "")))
                .queries(args.containsOption("queries") ? java.util.Set.of(option(args, "queries", "").split(","))
                        : java.util.Set.of())
                .skip(args.containsOption("skip") ? java.util.Set.of(option(args, "skip", "").split(","))
                        : java.util.Set.of())
                .queryBudget(java.time.Duration.ofSeconds(Long.parseLong(option(args, "budget", "60"))))
                .large(100_000, Integer.parseInt(option(args, "large-warmup", "5")),
                        Integer.parseInt(option(args, "large-iterations", "30")))
                .importDerived(Boolean.parseBoolean(option(args, "import-derived", "true")))
                .command(String.join(" ", args.getSourceArgs()));
        if (args.containsOption("external")) {
            b.external(Path.of(option(args, "external", "")));
        }
        if (args.containsOption("jar")) {
            b.serviceJar(Path.of(option(args, "jar", "")));
        }
        BenchResults r = b.build().run();
        OUT.println("OK: results in " + results.resolve("latest.json") + " and latest.md");
        r.targets().forEach(t -> OUT.println("  " + (t.met() ? "met     " : "MISSED  ") + t.target() + ": " + t.measured()));
        OUT.print(ResultsWriter.headline(r));
        return 0;
    }

    /**
     * {@code reload [--sizes=1000,10000,100000] [--seed=42] [--work=target/bench-reload] [--results=docs/benchmarks]}:
     * times a cold load and three reloads at each size ({@link ReloadBenchmark}) and writes {@code reload.md}.
     *
     * @return the exit code
     */
    static int reload(ApplicationArguments args) {
        Path results = Path.of(option(args, "results", RESULTS));
        new ReloadBenchmark().run(sizes(option(args, "sizes", "1000,10000,100000")),
                Long.parseLong(option(args, "seed", "42")), sources(args),
                Path.of(option(args, "work", "target/bench-reload")), results, String.join(" ", args.getSourceArgs()));
        OUT.println("OK: results in " + results.resolve("reload.md"));
        return 0;
    }

    /**
     * {@code startup [--store=DIR] [--sources=DIR] [--runs=5] [--cds=true] [--jar=target/canon-graph.jar]
     * [--service-heap=4g] [--work=target/bench]}: starts the service on a loaded store again and again, {@code java -jar}
     * and (with {@code --cds=true}) the way {@code src/main/scripts/run} starts it, and prints the start-up table. Without
     * {@code --store}, the store is made from the shipped data (or {@code --canon.sources.dir}) under the work folder.
     *
     * @return the exit code
     */
    static int startup(ApplicationArguments args) {
        Path jar = Path.of(option(args, "jar", "target/canon-graph.jar"));
        Path work = Path.of(option(args, "work", "target/bench")).resolve("startup");
        int runs = Integer.parseInt(option(args, "runs", "5"));
        String heap = option(args, "service-heap", "4g");
        Progress progress = progress(args);
        Cds cds = null;
        if (Boolean.parseBoolean(option(args, "cds", "true"))) {
            Progress.Step step = progress.step("extracting the service jar and recording its CDS archive");
            cds = Cds.prepare(jar, work.resolve("cds"));
            step.done();
        }
        Path store;
        String data;
        if (args.containsOption("store")) {
            store = Path.of(option(args, "store", ""));
            data = store.toString();
        } else {
            store = work.resolve("shipped-store");
            Files2.delete(store);
            Progress.Step step = progress.step("loading the shipped data");
            try (CanonStore st = Tdb2Store.open(store)) {
                step.done(new org.canon.graph.load.CanonLoader(ServiceBuilders.forStore(store)).load(sources(args), st)
                        .triples(), "triples");
                // released, so that the service can open it
                org.apache.jena.tdb2.sys.TDBInternal.expel(st.datasetGraph());
            }
            data = "shipped data";
        }
        Path sources = args.containsOption("sources") ? Path.of(option(args, "sources", "")) : null;
        List<BenchResults.Startup> figures = StartupBenchmark.measure(data, jar, cds, heap, store, sources, work, runs,
                progress);
        OUT.printf("Load average %.1f, CPU reference %.0f ms%n%n", Machine.loadAverage(), Machine.referenceMillis());
        OUT.print(ResultsWriter.startupTable(figures));
        return 0;
    }

    /**
     * {@code endpoints [--external=../shared/data] [--jar=target/canon-graph.jar] [--service-heap=4g]
     * [--work=target/bench-endpoints] [--results=docs/benchmarks] [--warmup=20] [--iterations=100]}: loads the shipped
     * taxonomy, imports the external schemes, starts the service and times its endpoints ({@link EndpointBenchmark});
     * writes {@code endpoints.md}.
     *
     * @return the exit code
     */
    static int endpoints(ApplicationArguments args) {
        Path results = Path.of(option(args, "results", RESULTS));
        Path external = Path.of(option(args, "external", "../shared/data"));
        if (!Files.isDirectory(external)) {
            System.err.println("No folder " + external.toAbsolutePath() + ": give the external data with --external=DIR");
            return 2;
        }
        EndpointBenchmark.Results r = new EndpointBenchmark(progress(args)).run(sources(args), external,
                Path.of(option(args, "jar", "target/canon-graph.jar")), option(args, "service-heap", "4g"),
                Path.of(option(args, "work", "target/bench-endpoints")), results,
                Integer.parseInt(option(args, "warmup", "20")), Integer.parseInt(option(args, "iterations", "100")),
                String.join(" ", args.getSourceArgs()));
        OUT.println("OK: results in " + results.resolve("endpoints.md"));
        r.endpoints().forEach(e -> OUT.println("  " + (e.met() ? "        " : "MISSED  ") + e.name() + ": "
                + e.latency().cell() + " ms"));
        return 0;
    }

    /**
     * {@code remote [--sizes=1000,10000,100000] [--seed=42] [--work=target/bench] [--server=JAR] [--server-heap=4g]
     * [--results=docs/benchmarks] [--warmup=20] [--iterations=100]}: the per-profile named queries in-process and
     * through a standalone Fuseki server on the stores {@code bench} left in its work folder ({@link RemoteBenchmark});
     * writes {@code remote.md}.
     *
     * @return the exit code
     */
    static int remote(ApplicationArguments args) {
        Path results = Path.of(option(args, "results", RESULTS));
        RemoteBenchmark.Results r = new RemoteBenchmark(progress(args)).run(sizes(option(args, "sizes", "1000,10000,100000")),
                Long.parseLong(option(args, "seed", "42")), sources(args), Path.of(option(args, "work", "target/bench")),
                Path.of(option(args, "server", FUSEKI_SERVER)), option(args, "server-heap", "4g"), results,
                Integer.parseInt(option(args, "warmup", "20")), Integer.parseInt(option(args, "iterations", "100")), 60,
                String.join(" ", args.getSourceArgs()));
        OUT.println("OK: results in " + results.resolve("remote.md"));
        r.sizes().forEach(s -> s.rows().forEach(row -> OUT.printf(java.util.Locale.ROOT, "  %,d profiles  %-18s embedded %s ms, "
                + "remote %s ms%n", s.profiles(), row.query(), row.embedded().cell(), row.remote().cell())));
        return 0;
    }

    /** {@code --progress=auto|on|off} (default auto), on standard error. */
    private static Progress progress(ApplicationArguments args) {
        return Progress.of(Progress.Mode.valueOf(option(args, "progress", "auto").toUpperCase(java.util.Locale.ROOT)),
                System.err);
    }

    private static SourceLayout sources(ApplicationArguments args) {
        String dir = option(args, "canon.sources.dir", "");
        return dir.isEmpty() ? SourceLayout.shipped() : SourceLayout.folder(Path.of(dir));
    }

    /** The single value of an option, or a default. */
    static String option(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
    }

    static List<Integer> sizes(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
    }
}
