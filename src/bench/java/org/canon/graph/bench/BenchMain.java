package org.canon.graph.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.canon.graph.source.SourceLayout;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * The benchmark's command line, run from a checkout with
 * {@code ./mvnw -q -Pbench package -Dbench.args="bench --sizes=1000,10000,100000"} (see
 * {@code docs/benchmarks/README.md}): {@code generate} writes a synthetic taxonomy ({@link TaxonomyGenerator}),
 * {@code bench} runs the {@link Benchmark}. Options are {@code --name=value}; {@code --canon.sources.dir=DIR} picks
 * the ontology, shapes and queries the taxonomies are built with (default: the service's shipped copies).
 */
public final class BenchMain {
    /** Where results and the analysis live, relative to the checkout. */
    static final String RESULTS = "docs/benchmarks";
    private static final PrintStream OUT = System.out;

    private BenchMain() {
    }

    public static void main(String[] argv) {
        ApplicationArguments args = new DefaultApplicationArguments(argv);
        List<String> words = args.getNonOptionArgs();
        String command = words.isEmpty() ? "help" : words.get(0);
        int exit;
        try {
            exit = switch (command) {
                case "generate" -> generate(args);
                case "bench" -> bench(args);
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
                + "[--work=target/bench] [--results=" + RESULTS + "] (see " + RESULTS + "/README.md)");
        OUT.println("  help       this list");
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
     * [--load-repeats=3] [--requests=2000] [--clients=4]}: runs the benchmark and writes its results;
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
                .command(String.join(" ", args.getSourceArgs()));
        if (args.containsOption("jar")) {
            b.serviceJar(Path.of(option(args, "jar", "")));
        }
        BenchResults r = b.build().run();
        OUT.println("OK: results in " + results.resolve("latest.json") + " and latest.md");
        r.targets().forEach(t -> OUT.println("  " + (t.met() ? "met     " : "MISSED  ") + t.target() + ": " + t.measured()));
        OUT.print(ResultsWriter.headline(r));
        return 0;
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
