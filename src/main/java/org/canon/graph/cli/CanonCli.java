package org.canon.graph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.function.Function;
import org.canon.graph.check.MappingChecks;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.config.StartupFailureAnalyzer;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.evaluate.Evaluation;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.release.ConceptChange;
import org.canon.graph.release.RecordedRelease;
import org.canon.graph.progress.Progress;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.StoreInUseException;
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
 *   <li>{@code load}: validate, then replace the Canon graphs in the store in one transaction, recording a release.
 *       When the running service holds the store and {@code canon.admin.url} is set, the service does it
 *       ({@link ServiceHandOver}); so for {@code import}.</li>
 *   <li>{@code import FOLDER...}: import the official files of the external taxonomies and their crosswalks
 *       (e.g. {@code import ../shared/data}), replacing their graphs in the store in one transaction.</li>
 *   <li>{@code check}: run the mapping checks over the store and list what they flag.</li>
 *   <li>{@code evaluate NAME OPTIONS}: score derived links against a reference file; the word after
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
            "evaluate", "score links against a reference: evaluate NAME OPTIONS, NAME crosswalk or related (see the README)",
            "export-mappings", "write a mapping set of the store as SSSOM TSV: export-mappings SET [--out FILE]",
            "help", "list the commands");

    private final SourceLayout layout;
    private final CanonProperties settings;
    private final ObjectProvider<CanonStore> store;
    private final ObjectProvider<MappingChecks> checks;
    private final List<DerivedGraphBuilder> derived;
    private final ObjectProvider<Evaluation> evaluations;
    private final ServiceHandOver handOver;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    public CanonCli(SourceLayout layout, CanonProperties settings, ObjectProvider<CanonStore> store,
                    ObjectProvider<MappingChecks> checks, List<DerivedGraphBuilder> derived,
                    ObjectProvider<Evaluation> evaluations, ServiceHandOver handOver) {
        this.layout = layout;
        this.settings = settings;
        this.store = store;
        this.checks = checks;
        this.derived = derived;
        this.evaluations = evaluations;
        this.handOver = handOver;
    }

    /** What the program arguments ask for. */
    public enum Launch {
        /** No command word: start the service. */
        SERVICE,
        /** A known command: run it without a server. */
        COMMAND,
        /** An unknown word, {@code --help} or {@code -h}: print the commands, start nothing, exit code 2. */
        USAGE
    }

    /**
     * What the program arguments ask for: the first argument that is not a {@code --setting} picks a command;
     * a word that names no command, {@code --help} or {@code -h} asks for the usage; no word starts the service.
     */
    public static Launch launch(String[] args) {
        if (Arrays.asList(args).contains("--help")) {
            return Launch.USAGE;
        }
        return firstWord(args).map(w -> COMMANDS.containsKey(w) ? Launch.COMMAND : Launch.USAGE).orElse(Launch.SERVICE);
    }

    /**
     * Prints why the arguments start nothing (an unknown command is named) and the commands, for
     * {@link Launch#USAGE}; returns the exit code, 2.
     */
    public static int usage(String[] args, PrintStream to) {
        firstWord(args).filter(w -> !w.equals("-h") && !COMMANDS.containsKey(w))
                .ifPresent(w -> to.println("Unknown command '" + w + "'; nothing was started."));
        printCommands(to);
        return 2;
    }

    private static Optional<String> firstWord(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst();
    }

    private static void printCommands(PrintStream to) {
        to.println("Usage: java -jar canon-graph.jar [COMMAND] [--setting=value ...]");
        to.println("Without a command, starts the service. Commands:");
        COMMANDS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> to.printf("  %-10s %s%n", e.getKey(), e.getValue()));
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        String command = words.isEmpty() ? "help" : words.get(0);
        Map<String, Function<List<String>, Integer>> handlers = Map.of(
                "validate", w -> validate(), "load", w -> load(), "import", this::importExternal, "check", w -> check(),
                "help", w -> help(),
                "evaluate", w -> evaluate(w, args.getSourceArgs()),
                "export-mappings", w -> MappingExport.run(w, options(args.getSourceArgs()), store.getObject(), out));
        try {
            exitCode = handlers.getOrDefault(command, w -> unknown(command)).apply(words.subList(Math.min(1, words.size()), words.size()));
        } catch (SourceException e) {
            err.println("FAILED: " + e.getMessage());
            exitCode = 1;
        } catch (RuntimeException e) {
            // e.g. the store cannot be opened: its own message, not the bean-creation chain around it
            boolean inUse = StartupFailureAnalyzer.find(e) instanceof StoreInUseException;
            err.println("FAILED: " + StartupFailureAnalyzer.message(e) + (inUse ? ". " + whileInUse(command) : ""));
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
        if (handOver.applies()) {
            return handOver.reload(out, err);
        }
        CanonStore s = store.getObject();
        long t0 = System.nanoTime();
        CanonLoader.LoadReport report = new CanonLoader(derived, progress()).load(layout, s);
        report.warnings().forEach(w -> out.println("  " + w));
        report.graphSizes().forEach((g, n) -> out.println("  " + g + "  " + n + " triples"));
        out.println("OK: loaded " + report.triples() + " triples from " + layout.describe() + " into "
                + s.describe() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms; " + released(report.release()));
        return 0;
    }

    private int importExternal(List<String> folders) {
        if (handOver.applies()) {
            return handOver.importFolders(folders, out, err);
        }
        CanonStore s = store.getObject();
        ExternalImporter.ImportReport report = new ExternalImporter(derived)
                .importInto(folders.stream().map(Path::of).toList(), s);
        out.println("Files read:");
        report.sources().lines().forEach(l -> out.println("  " + l));
        report.graphSizes().forEach((g, n) -> out.println("  " + g + "  " + n + " triples"));
        out.println("OK: imported " + report.triples() + " triples into " + s.describe() + " in " + report.millis()
                + " ms; " + released(report.release()));
        return 0;
    }

    /** E.g. "release 3 (concepts added 1, removed 0, retired 1, changed 4)". */
    private static String released(RecordedRelease r) {
        return "release " + r.version() + " (concepts added " + r.count(ConceptChange.Type.ADDED) + ", removed "
                + r.count(ConceptChange.Type.REMOVED) + ", retired " + r.count(ConceptChange.Type.RETIRED) + ", changed "
                + r.count(ConceptChange.Type.CHANGED) + ")";
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

    /** {@code evaluate NAME [options]}: runs the evaluation of that name. */
    private int evaluate(List<String> words, String[] sourceArgs) {
        List<Evaluation> all = evaluations.orderedStream().toList();
        String names = String.join(", ", all.stream().map(Evaluation::name).toList());
        if (words.isEmpty()) {
            err.println("evaluate needs the name of an evaluation: " + names);
            return 2;
        }
        return all.stream().filter(e -> e.name().equals(words.get(0))).findFirst()
                .map(e -> e.run(options(sourceArgs), out))
                .orElseGet(() -> {
                    err.println("Unknown evaluation '" + words.get(0) + "'; known: " + names);
                    return 2;
                });
    }

    /** The command's options: {@code --name=value}, or {@code --name value} when a value follows. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                continue;
            }
            String a = args[i].substring(2);
            int eq = a.indexOf('=');
            if (eq >= 0) {
                options.put(a.substring(0, eq), a.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(a, args[++i]);
            } else {
                options.put(a, "true");
            }
        }
        return options;
    }

    /** Progress of a long command, on standard error ({@code canon.progress}). */
    private Progress progress() {
        return Progress.of(settings.getProgress(), err);
    }

    private int help() {
        printCommands(out);
        return 0;
    }

    /** What to do when the store is held by another process (the running service), for each command. */
    static String whileInUse(String command) {
        return switch (command) {
            case "load", "import" -> command + " needs the store to itself: stop the service, run " + command
                    + ", then start the service again.";
            case "check" -> "Stop the service first, or ask the running service for the same checks: "
                    + "GET /api/checks (e.g. curl http://localhost:8080/api/checks).";
            default -> "Stop the service first.";
        };
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
