package org.canon.graph.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.canon.graph.source.SourceLayout;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code generate} and {@code bench} commands of {@link org.canon.graph.cli.CanonCli}: their options, read from
 * the command line, turned into a {@link TaxonomyGenerator} or a {@link Benchmark}.
 */
@Component
@Profile("cli")
public class BenchCommands {
    private final SourceLayout sources;
    private final PrintStream out = System.out;

    public BenchCommands(SourceLayout sources) {
        this.sources = sources;
    }

    /**
     * {@code generate --profiles=N [--seed=42] [--out=target/generated/N]}: writes a synthetic taxonomy.
     *
     * @return the exit code
     */
    public int generate(ApplicationArguments args) {
        int profiles = Integer.parseInt(option(args, "profiles", "1000"));
        long seed = Long.parseLong(option(args, "seed", "42"));
        Path root = Path.of(option(args, "out", "target/generated/" + profiles));
        long t0 = System.nanoTime();
        GeneratedTaxonomy t = TaxonomyGenerator.create().profiles(profiles).seed(seed).sources(sources).build().writeTo(root);
        out.println("OK: wrote " + t.describe() + " to " + root.toAbsolutePath() + " in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms; load it with --canon.sources.dir=" + root);
        return 0;
    }

    /**
     * {@code bench [--sizes=1000,10000,100000] [--seed=42] [--work=target/bench] [--results=src/bench/results]
     * [--readme=README.md] [--http=true] [--jar=...] [--service-heap=4g] [--warmup=20] [--iterations=100]
     * [--load-repeats=3] [--requests=2000] [--clients=4]}: runs the benchmark and writes its results;
     * {@code bench --render=src/bench/results/latest.json} only writes the tables again from a results file.
     *
     * @return the exit code
     */
    public int bench(ApplicationArguments args) {
        if (args.containsOption("render")) {
            // --render=src/bench/results/latest.json: write the tables again (after editing analysis.md)
            Path json = Path.of(option(args, "render", "src/bench/results/latest.json"));
            new ResultsWriter(json.getParent(), Path.of(option(args, "readme", "README.md"))).write(ResultsWriter.read(json));
            out.println("OK: wrote " + json.getParent().resolve("latest.md") + " and the README's tables from " + json);
            return 0;
        }
        Benchmark.Builder b = Benchmark.create().sources(sources)
                .sizes(sizes(option(args, "sizes", "1000,10000,100000")))
                .seed(Long.parseLong(option(args, "seed", "42")))
                .work(Path.of(option(args, "work", "target/bench")))
                .results(Path.of(option(args, "results", "src/bench/results")))
                .readme(Path.of(option(args, "readme", "README.md")))
                .http(Boolean.parseBoolean(option(args, "http", "true")))
                .serviceHeap(option(args, "service-heap", "4g"))
                .warmup(Integer.parseInt(option(args, "warmup", "20")))
                .iterations(Integer.parseInt(option(args, "iterations", "100")))
                .loadRepeats(Integer.parseInt(option(args, "load-repeats", "3")))
                .throughput(Integer.parseInt(option(args, "requests", "2000")), Integer.parseInt(option(args, "clients", "4")))
                .command("java -jar canon-graph.jar " + String.join(" ", args.getSourceArgs()));
        if (args.containsOption("jar")) {
            b.serviceJar(Path.of(option(args, "jar", "")));
        }
        BenchResults r = b.build().run();
        out.println("OK: results in " + option(args, "results", "src/bench/results") + "/latest.json and latest.md");
        r.targets().forEach(t -> out.println("  " + (t.met() ? "met     " : "MISSED  ") + t.target() + ": " + t.measured()));
        return 0;
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
