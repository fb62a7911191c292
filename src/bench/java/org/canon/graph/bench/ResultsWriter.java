package org.canon.graph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        r.targets().forEach(t -> md.append(row(t.target(), t.profiles() == 0 ? "shipped" : num(t.profiles()), t.measured(), t.limit(),
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
                    num(l.projectTriplesPerSecond()),
                    l.bulkSeconds() > 0 ? sec(l.bulkSeconds()) + " (" + sec(l.bulkCpuSeconds()) + ")" : "not run",
                    l.bulkSeconds() > 0 ? num(l.bulkTriplesPerSecond()) : "", l.bulkSeconds() > 0 ? l.ratio() + "x" : "",
                    num(l.projectStoreBytes() / 1_048_576) + (l.bulkSeconds() > 0 ? " / " + num(l.bulkStoreBytes() / 1_048_576) : "")));
        }
        List<BenchResults.SizeRun> imports = r.runs().stream().filter(s -> s.imported() != null).toList();
        if (!imports.isEmpty()) {
            md.append("\n**Import** of the external schemes into the loaded store, as `import` does: parse, validate, "
                    + (imports.get(0).imported().withDerived()
                        ? "the similar occupations and profiles, the text index and the crosswalk suggestions derived, "
                        : "without the graphs derived from them (`--import-derived=false`), ")
                    + "one write transaction.\n\n| profiles | triples | seconds | CPU seconds |\n|---:|---:|---:|---:|\n");
            imports.forEach(s -> md.append(row(num(s.profiles()), num(s.imported().triples()),
                    sec(s.imported().seconds()), sec(s.imported().cpuSeconds()))));
        }
        search(md, r);
        pages(md, r);

        List<String> names = r.runs().get(0).queries().stream().map(BenchResults.QueryFigures::name).toList();
        if (!names.isEmpty()) {
            md.append("\n**Named queries through Java** (QueryRunner over the store): median / p99 in ms; growth = "
                    + "exponent k in time ~ size^k between the two largest sizes (1 linear, 2 quadratic).\n\n");
            md.append(header("query", r, s -> num(s.profiles())) + " growth |\n" + rule(r.runs().size() + 2));
            for (String q : names) {
                md.append("| ").append(q).append(" | ");
                r.runs().forEach(s -> md.append(Targets.query(s, q).map(f -> f.java().cell()).orElse("")).append(" | "));
                md.append(growth(r, q)).append(" |\n");
            }
        }
        if (r.runs().stream().anyMatch(s -> s.service() != null) && !names.isEmpty()) {
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
        }
        if (r.runs().stream().anyMatch(s -> s.service() != null)) {
            md.append("\n**Service** (`java -jar`, on the loaded store): start-up until the health endpoint and Fuseki "
                    + "answer, memory after the HTTP runs.\n\n");
            md.append("| profiles | start-up (s) | RSS (MB) | peak RSS (MB) | heap in use (MB) | -Xmx |\n|---:|---:|---:|---:|---:|---|\n");
            r.runs().stream().filter(s -> s.service() != null).forEach(s -> md.append(row(num(s.profiles()),
                    sec(s.service().startupSeconds()), num(s.service().rssMb()), num(s.service().peakRssMb()),
                    num(s.service().heapUsedMb()), s.service().heapMax())));
        }
        List<BenchResults.Startup> startups = new ArrayList<>(r.shipped() == null ? List.of() : r.shipped());
        r.runs().stream().filter(s -> s.startups() != null).forEach(s -> startups.addAll(s.startups()));
        if (!startups.isEmpty()) {
            md.append("\n**Start-up** of the service on the loaded store, until the health endpoint and Fuseki answer: "
                    + "median of the runs (fastest - slowest), `java -jar` and `src/main/scripts/run` (the extracted jar with its "
                    + "class-data-sharing archive) taking turns; CPU = seconds of CPU the process had used by then. The "
                    + "phases are the service's own breakdown of its median run (`/actuator/info`, seconds).\n\n");
            md.append(startupTable(startups));
        }
        BenchResults.Settings st = r.settings();
        md.append(String.format(Locale.ROOT, "%nRuns per figure: %d warm-up and up to %d measured (%d and %d from %,d profiles), "
                        + "measured runs capped at %.0f s per query and path (at least 5); %d typical parameter sets per "
                        + "query taken from the generated taxonomy, in turn. Loads: median of %d repeats up to 10,000 "
                        + "profiles, one above. Requests per second: %d clients.%n",
                st.warmup(), st.iterations(), st.largeWarmup(), st.largeIterations(), st.largeFrom(), st.querySecondsBudget(),
                st.samples(), st.loadRepeats(), st.clients()));
        if (st.only() != null || st.external() != null) {
            md.append(String.format(Locale.ROOT, "%nThis run: %s%s.%n", st.only() == null ? "everything"
                    : st.only() + " only (no bulk loader" + (st.only().equals("search") ? ", named queries or throughput)" : ")"),
                    st.external() == null ? ""
                    : "; the external schemes of `" + st.external() + "` imported into each store after the load"));
        }
        return md.toString();
    }

    /** Start-up figures as a Markdown table: one row per store and way, with the phases and the slowest beans. */
    static String startupTable(List<BenchResults.Startup> startups) {
        List<String> phases = new ArrayList<>();
        startups.forEach(u -> u.phasesMs().keySet().stream().filter(k -> !phases.contains(k)).forEach(phases::add));
        StringBuilder md = new StringBuilder("| store | way | runs | start-up (s) | CPU (s) | "
                + String.join(" | ", phases) + " | slowest beans (s) |\n");
        md.append("|---|---|---:|---:|---:|").append("---:|".repeat(phases.size())).append("---|\n");
        for (BenchResults.Startup u : startups) {
            List<String> cells = new ArrayList<>(List.of(u.data(), u.way(), Integer.toString(u.runs()),
                    String.format(Locale.ROOT, "%.1f (%.1f - %.1f)", u.seconds(), u.minSeconds(), u.maxSeconds()),
                    String.format(Locale.ROOT, "%.1f", u.cpuSeconds())));
            phases.forEach(p -> cells.add(u.phasesMs().containsKey(p)
                    ? String.format(Locale.ROOT, "%.2f", u.phasesMs().get(p) / 1000.0) : ""));
            cells.add(String.join(", ", u.slowestBeansMs().entrySet().stream().limit(4).map(e -> e.getKey() + " "
                    + String.format(Locale.ROOT, "%.2f", e.getValue() / 1000.0)).toList()));
            md.append(row(cells.toArray(String[]::new)));
        }
        return md.toString();
    }

    /** Search and autocomplete over the text index, when the run measured them. */
    private static void search(StringBuilder md, BenchResults r) {
        List<BenchResults.SizeRun> runs = r.runs().stream().filter(s -> s.search() != null).toList();
        if (runs.isEmpty()) {
            return;
        }
        md.append("\n**Search and autocomplete** over the text index (`SearchService` through Java, and `/api/search`, "
                + "`/api/suggest` through HTTP): median / p99 in ms; the index built from the store (entries, seconds); "
                + "the search text is a focus name, the prefix its first word and the start of the next.\n\n");
        md.append("| profiles | index entries | index build (s) | operation | first sample | answers | Java | API |\n"
                + "|---:|---:|---:|---|---|---:|---:|---:|\n");
        for (BenchResults.SizeRun s : runs) {
            for (BenchResults.QueryFigures op : s.search().operations()) {
                md.append(row(num(s.profiles()), num(s.search().entries()), sec(s.search().buildSeconds()), op.name(),
                        "`" + op.params().get("q") + "`", num(op.rows()), op.java().cell(), cell(op.api())));
            }
        }
    }

    private static void pages(StringBuilder md, BenchResults r) {
        List<BenchResults.SizeRun> runs = r.runs().stream().filter(s -> s.pages() != null && !s.pages().isEmpty()).toList();
        if (runs.isEmpty()) {
            return;
        }
        md.append("\n**Pages** through HTTP, as a browser asks for them (HTML, each answer read to the end): median / p99 "
                + "in ms, the sample profiles (their focus names, their O*NET-SOC codes) in turn.\n\n"
                + "| profiles | page | first path | median / p99 | failed |\n|---:|---|---|---:|---:|\n");
        for (BenchResults.SizeRun s : runs) {
            for (BenchResults.Page page : s.pages()) {
                md.append(row(num(s.profiles()), page.name(), "`" + page.example() + "`", page.api().cell(),
                        num(page.api().errors())));
            }
        }
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
