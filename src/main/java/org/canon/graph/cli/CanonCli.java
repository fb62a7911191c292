package org.canon.graph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.canon.graph.bench.BenchCommands;
import org.canon.graph.check.MappingChecks;
import org.canon.graph.config.StartupFailureAnalyzer;
import org.canon.graph.evaluate.Evaluation;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The commands. Settings are given like any Spring property, e.g.
 * {@code java -jar canon-graph.jar load --canon.sources.dir=. --canon.store.dir=/var/lib/canon}.
 *
 * <ul>
 *   <li>{@code validate}: parse and validate the sources; nothing is stored. Exit code 1 on any error.</li>
 *   <li>{@code load}: validate, then replace the Canon graphs in the store in one transaction.</li>
 *   <li>{@code import FOLDER...}: import the official files of the external taxonomies and their crosswalks
 *       (e.g. {@code import ../shared/data}), replacing their graphs in the store in one transaction.</li>
 *   <li>{@code check}: run the mapping checks over the store and list what they flag.</li>
 *   <li>{@code generate}: write a synthetic taxonomy of {@code --profiles=N} profiles (see {@link BenchCommands}).</li>
 *   <li>{@code bench}: run the benchmark at {@code --sizes=1000,10000,100000} (see {@link BenchCommands}).</li>
 *   <li>{@code evaluate NAME OPTIONS...}: score derived links against a reference file; the word after
 *       {@code evaluate} picks the {@link Evaluation} (e.g. {@code evaluate related --reference FILE}).</li>
 *   <li>{@code help}: this list.</li>
 * </ul>
 */
@Component
@Profile("cli")
public class CanonCli implements ApplicationRunner, ExitCodeGenerator {
    /** Command name to description; the first argument that is not an option picks one. */
    public static final Map<String, String> COMMANDS = Map.of(
            "validate", "parse the sources and validate them against the shapes; store nothing",
            "load", "validate the sources and replace the Canon graphs in the store (all or nothing)",
            "import", "import O*NET, SOC 2018, ISCO-08, ESCO and their crosswalks from FOLDER... (all or nothing)",
            "check", "run the mapping checks (sparql/check-*.rq) over the store and list the doubtful mappings",
            "generate", "write a synthetic taxonomy: --profiles=N [--seed=42] [--out=target/generated/N]",
            "bench", "run the benchmark: [--sizes=1000,10000,100000] [--seed=42] (see the README)",
            "evaluate", "score derived links against a reference: evaluate NAME OPTIONS (evaluate alone lists them)",
            "help", "list the commands");

    private final SourceLayout layout;
    private final ObjectProvider<CanonStore> store;
    private final ObjectProvider<MappingChecks> checks;
    private final BenchCommands bench;
    private final List<Evaluation> evaluations;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    public CanonCli(SourceLayout layout, ObjectProvider<CanonStore> store, ObjectProvider<MappingChecks> checks,
                    BenchCommands bench, List<Evaluation> evaluations) {
        this.layout = layout;
        this.evaluations = evaluations;
        this.store = store;
        this.checks = checks;
        this.bench = bench;
    }

    /** Whether the program arguments name a command (rather than starting the service). */
    public static boolean isCommand(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map(COMMANDS::containsKey).orElse(false);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        String command = words.isEmpty() ? "help" : words.get(0);
        Map<String, Function<List<String>, Integer>> handlers = Map.of(
                "validate", w -> validate(), "load", w -> load(), "import", this::importExternal, "check", w -> check(),
                "help", w -> help(), "generate", w -> bench.generate(args), "bench", w -> bench.bench(args),
                "evaluate", w -> evaluate(args.getSourceArgs()));
        try {
            exitCode = handlers.getOrDefault(command, w -> unknown(command)).apply(words.subList(Math.min(1, words.size()), words.size()));
        } catch (SourceException e) {
            err.println("FAILED: " + e.getMessage());
            exitCode = 1;
        } catch (RuntimeException e) {
            // e.g. the store cannot be opened: its own message, not the bean-creation chain around it
            err.println("FAILED: " + StartupFailureAnalyzer.message(e));
            exitCode = 2;
        }
    }

    private int validate() {
        CanonLoader.Prepared prepared = new CanonLoader().prepare(layout);
        prepared.warnings().forEach(w -> out.println("  " + w));
        long triples = prepared.graphs().values().stream().mapToLong(g -> g.size()).sum();
        out.println("OK: " + layout.describe() + " is valid: " + prepared.graphs().size() + " graphs, " + triples
                + " triples, " + prepared.warnings().size() + " warning(s)");
        return 0;
    }

    private int load() {
        CanonStore s = store.getObject();
        long t0 = System.nanoTime();
        CanonLoader.LoadReport report = new CanonLoader().load(layout, s);
        report.warnings().forEach(w -> out.println("  " + w));
        report.graphSizes().forEach((g, n) -> out.println("  " + g + "  " + n + " triples"));
        out.println("OK: loaded " + report.triples() + " triples from " + layout.describe() + " into "
                + s.describe() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        return 0;
    }

    private int importExternal(List<String> folders) {
        CanonStore s = store.getObject();
        ExternalImporter.ImportReport report = new ExternalImporter()
                .importInto(folders.stream().map(Path::of).toList(), s);
        report.graphSizes().forEach((g, n) -> out.println("  " + g + "  " + n + " triples"));
        out.println("OK: imported " + report.triples() + " triples from " + report.sources() + " into "
                + s.describe() + " in " + report.millis() + " ms");
        return 0;
    }

    /** {@code evaluate NAME OPTIONS...}: the options are read from the raw arguments, as {@code --name value}. */
    private int evaluate(String[] raw) {
        List<String> words = Arrays.asList(raw).subList(Arrays.asList(raw).indexOf("evaluate") + 1, raw.length);
        String name = words.stream().filter(w -> !w.startsWith("--")).findFirst().orElse(null);
        Evaluation evaluation = evaluations.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
        if (evaluation == null || !words.get(0).equals(name)) {
            err.println((name == null ? "Name an evaluation" : "Unknown evaluation '" + name + "'")
                    + ". Usage: java -jar canon-graph.jar evaluate NAME OPTIONS, where NAME OPTIONS is one of:");
            evaluations.forEach(e -> err.println("  " + e.name() + " " + e.usage()));
            return 2;
        }
        try {
            return evaluation.run(words.subList(1, words.size()), store.getObject(), out);
        } catch (IllegalArgumentException e) {
            err.println("FAILED: evaluate " + name + ": " + e.getMessage() + "; usage: evaluate " + name + " "
                    + evaluation.usage());
            return 2;
        }
    }

    private int check() {
        List<MappingChecks.Result> results = checks.getObject().run();
        for (MappingChecks.Result r : results) {
            out.println(r.check() + ": " + r.findings().size() + " finding(s) - " + r.summary());
            r.findings().forEach(f -> out.println("  " + f.getOrDefault("profileCode", "") + "  " + f.get("problem")));
        }
        out.println("OK: " + results.size() + " checks, " + results.stream().mapToInt(r -> r.findings().size()).sum()
                + " finding(s)");
        return 0;
    }

    private int help() {
        out.println("Usage: java -jar canon-graph.jar [COMMAND] [--setting=value ...]");
        out.println("Without a command, starts the service. Commands:");
        COMMANDS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf("  %-10s %s%n", e.getKey(), e.getValue()));
        return 0;
    }

    private int unknown(String command) {
        err.println("Unknown command '" + command + "'; try 'help'");
        return 2;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

}
