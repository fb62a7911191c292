package org.canon.graph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes benchmark results into a folder: {@code latest.json} (every figure) and {@code latest.md} (the tables,
 * followed by the folder's {@code analysis.md} when there is one). {@link #headline} is the short table of targets
 * that the project's README shows between the lines {@value #START} and {@value #END}.
 */
final class ResultsWriter {
    static final String START = "<!-- bench:start -->";
    static final String END = "<!-- bench:end -->";
    private final Path folder;

    ResultsWriter(Path folder) {
        this.folder = folder;
    }

    void write(BenchResults r) {
        try {
            if (folder != null) {
                Files.createDirectories(folder);
                JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
                Files.writeString(folder.resolve("latest.json"), json.writeValueAsString(r) + "\n");
                Path analysis = folder.resolve("analysis.md");
                Files.writeString(folder.resolve("latest.md"), "# Benchmark results\n\n" + tables(r)
                        + (Files.exists(analysis) ? "\n" + Files.readString(analysis) : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results", e);
        }
    }

    /** Reads a results file written by {@link #write}. */
    static BenchResults read(Path json) {
        try {
            return JsonMapper.builder().build().readValue(Files.readString(json), BenchResults.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + json, e);
        }
    }

    /** The headline: the table of targets, the run's date and size, for the README. */
    static String headline(BenchResults r) {
        return String.format(Locale.ROOT, "Run of %s on %s, %d cores:%n%n", r.date().substring(0, 10), r.machine().cpu(),
                r.machine().cores())
                + targets(r);
    }

    private static String targets(BenchResults r) {
        StringBuilder md = new StringBuilder("| target | profiles | measured | limit | met |\n|---|---:|---|---|---|\n");
        r.targets().forEach(t -> md.append(row(t.target(), num(t.profiles()), t.measured(), t.limit(),
                t.met() ? "yes" : "**no** (" + t.note().replace("missed: ", "") + ")")));
        return md.toString();
    }

    /** The Markdown tables of a run. */
    static String tables(BenchResults r) {
        StringBuilder md = new StringBuilder();
        Machine m = r.machine();
        md.append(String.format(Locale.ROOT, "Run of %s: `%s`, seed %d. Machine: %s, %d cores, %.0f GB, %s; %s, max heap %.0f GB.%n%n",
                r.date().substring(0, 10), r.command(), r.seed(), m.cpu(), m.cores(), m.memoryGb(), m.os(), m.jvm(), m.maxHeapGb()));
        md.append("The machine is shared: its state at each size, as CPU reference time (a fixed single-threaded "
                + "workload; lower is faster) and load average at the start / end: ");
        md.append(String.join("; ", r.runs().stream().map(s -> String.format(Locale.ROOT, "%,d profiles: %.0f ms, %.1f / %.1f",
                s.profiles(), s.cpuReferenceMs(), s.loadAverageBefore(), s.loadAverageAfter())).toList())).append(".\n\n");

        md.append("**Targets**\n\n").append(targets(r));

        md.append("\n**Load**: the project's load (parse, SHACL validation, mapping checks, TDB2 write) against TDB2's bulk "
                + "loader (phased, the `tdb2.tdbloader` default) on the same files, same run; ratio = project / bulk. "
                + "Times in seconds (CPU seconds of the benchmark process in brackets).\n\n");
        md.append("| profiles | triples | parse only | parse + validate | store write | project load | triples/s | bulk loader | triples/s | ratio | store files MB (project / bulk) |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchResults.SizeRun s : r.runs()) {
            BenchResults.Load l = s.load();
            md.append(row(num(s.profiles()), num(l.triples()), sec(l.parseSeconds()), sec(l.prepareSeconds()),
                    sec(l.storeSeconds()), sec(l.projectSeconds()) + " (" + sec(l.projectCpuSeconds()) + ")",
                    num(l.projectTriplesPerSecond()), sec(l.bulkSeconds()) + " (" + sec(l.bulkCpuSeconds()) + ")",
                    num(l.bulkTriplesPerSecond()), l.ratio() + "x",
                    num(l.projectStoreBytes() / 1_048_576) + " / " + num(l.bulkStoreBytes() / 1_048_576)));
        }

        List<String> names = r.runs().get(0).queries().stream().map(BenchResults.QueryFigures::name).toList();
        md.append("\n**Named queries through Java** (QueryRunner over the store): median / p99 in ms; growth = exponent k "
                + "in time ~ size^k between the two largest sizes (1 linear, 2 quadratic).\n\n");
        md.append(header("query", r, s -> num(s.profiles())) + " growth |\n" + rule(r.runs().size() + 2));
        for (String q : names) {
            md.append("| ").append(q).append(" | ");
            r.runs().forEach(s -> md.append(Targets.query(s, q).map(f -> f.java().cell()).orElse("")).append(" | "));
            md.append(growth(r, q)).append(" |\n");
        }
        if (r.runs().stream().anyMatch(s -> s.service() != null)) {
            md.append("\n**Named queries through HTTP**: median / p99 in ms, REST API (`/api/queries/{name}`) and Fuseki "
                    + "(`/canon/sparql`, the same bound query).\n\n");
            md.append(header("query", r, s -> num(s.profiles()) + " API | " + num(s.profiles()) + " Fuseki") + "\n"
                    + rule(2 * r.runs().size() + 1));
            for (String q : names) {
                md.append("| ").append(q).append(" | ").append(String.join(" | ", r.runs().stream()
                        .map(s -> Targets.query(s, q).map(f -> cell(f.api()) + " | " + cell(f.fuseki())).orElse(" | "))
                        .toList())).append(" |\n");
            }
            md.append("\n**Requests per second**, the same query through the REST API and through Fuseki "
                    + "(rotating over the sample profiles); ratio = Fuseki / API.\n\n");
            md.append("| profiles | query | requests | clients | API rps | Fuseki rps | ratio |\n|---:|---|---:|---:|---:|---:|---:|\n");
            r.runs().forEach(s -> s.throughput().forEach(t -> md.append(row(num(s.profiles()), t.query(),
                    num(t.requests()), Integer.toString(t.clients()), Double.toString(t.apiRps()),
                    Double.toString(t.fusekiRps()), t.ratio() + "x"))));
            md.append("\n**Service** (`java -jar`, on the loaded store): start-up until the health endpoint and Fuseki "
                    + "answer, memory after the HTTP runs.\n\n");
            md.append("| profiles | start-up (s) | RSS (MB) | peak RSS (MB) | heap in use (MB) | -Xmx |\n|---:|---:|---:|---:|---:|---|\n");
            r.runs().stream().filter(s -> s.service() != null).forEach(s -> md.append(row(num(s.profiles()),
                    sec(s.service().startupSeconds()), num(s.service().rssMb()), num(s.service().peakRssMb()),
                    num(s.service().heapUsedMb()), s.service().heapMax())));
        }
        BenchResults.Settings st = r.settings();
        md.append(String.format(Locale.ROOT, "%nRuns per figure: %d warm-up and up to %d measured (%d and %d from %,d profiles), "
                        + "measured runs capped at %.0f s per query and path (at least 5); %d typical parameter sets per "
                        + "query taken from the generated taxonomy, in turn. Loads: median of %d repeats up to 10,000 "
                        + "profiles, one above. Requests per second: %d clients.%n",
                st.warmup(), st.iterations(), st.largeWarmup(), st.largeIterations(), st.largeFrom(), st.querySecondsBudget(),
                st.samples(), st.loadRepeats(), st.clients()));
        return md.toString();
    }

    private static String growth(BenchResults r, String query) {
        int n = r.runs().size();
        if (n < 2) {
            return "";
        }
        double k = Targets.exponent(r.runs().get(n - 2), r.runs().get(n - 1), query);
        return Double.isNaN(k) ? "" : String.format(Locale.ROOT, "%.2f", k);
    }

    private static String header(String first, BenchResults r, Function<BenchResults.SizeRun, String> column) {
        return "| " + first + " | " + String.join(" | ", r.runs().stream().map(column).toList()) + " |";
    }

    private static String rule(int columns) {
        return "|---" + "|---:".repeat(columns - 1) + "|\n";
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String cell(Latency l) {
        return l == null ? "" : l.cell();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String sec(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }
}
