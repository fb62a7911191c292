package org.canon.graph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.canon.graph.check.MappingChecks;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.config.StartupFailureAnalyzer;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.progress.Progress;
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
            "help", "list the commands");

    private final SourceLayout layout;
    private final CanonProperties settings;
    private final ObjectProvider<CanonStore> store;
    private final ObjectProvider<MappingChecks> checks;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    public CanonCli(SourceLayout layout, CanonProperties settings, ObjectProvider<CanonStore> store,
                    ObjectProvider<MappingChecks> checks) {
        this.layout = layout;
        this.settings = settings;
        this.store = store;
        this.checks = checks;
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
                "help", w -> help());
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
        CanonLoader.Prepared prepared = new CanonLoader(progress()).prepare(layout);
        prepared.warnings().forEach(w -> out.println("  " + w));
        long triples = prepared.graphs().values().stream().mapToLong(g -> g.size()).sum();
        out.println("OK: " + layout.describe() + " is valid: " + prepared.graphs().size() + " graphs, " + triples
                + " triples, " + prepared.warnings().size() + " warning(s)");
        return 0;
    }

    private int load() {
        CanonStore s = store.getObject();
        long t0 = System.nanoTime();
        CanonLoader.LoadReport report = new CanonLoader(progress()).load(layout, s);
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

    private int check() {
        List<MappingChecks.Result> results = checks.getObject().run();
        for (MappingChecks.Result r : results) {
            out.println(r.check() + ": " + r.findings().size() + " finding(s) - " + r.summary());
            r.findings().forEach(f -> out.println("  " + f.profileCode() + "  " + f.problem()));
        }
        out.println("OK: " + results.size() + " checks, " + results.stream().mapToInt(r -> r.findings().size()).sum()
                + " finding(s)");
        return 0;
    }

    /** Progress of a long command, on standard error ({@code canon.progress}). */
    private Progress progress() {
        return Progress.of(settings.getProgress(), err);
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
