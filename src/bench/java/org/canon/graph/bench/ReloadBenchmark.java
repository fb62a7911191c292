package org.canon.graph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.release.RecordedRelease;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.Tdb2Store;

/**
 * Reload beside a cold load: for each size, a generated taxonomy (release A) is loaded into an empty store (the cold
 * load), then reloaded into that store as it is (release A again: nothing changed), then a next release B is
 * reloaded (A with the median pay of every 100th profile raised by 1,000 and the title of every 100th profile
 * changed: about 2% of the profiles), then A once more (B's changes undone), after an unmeasured warm-up on a small
 * taxonomy. A reload is what
 * {@code POST /api/admin/reload} and {@code load} do: parse and validate (prepare), read the current graphs, compare
 * them (the triples to write and the change log), derive what the service derives at each load ({@link ServiceBuilders}:
 * the profiles' skill similarity, the text index, the crosswalk suggestions) and write one transaction. Times in seconds, wall-clock, each the
 * first and only run (a reload needs the store as the previous step left it). Results go to {@code reload.md}.
 */
final class ReloadBenchmark {
    private static final Pattern MEDIAN = Pattern.compile("(schema:median\\s+)(\\d+)(\\.0)");
    private static final Pattern TITLE = Pattern.compile("(skos:prefLabel\\s+\")([^\"]*)( — [MP]\\d\"@en)");
    private final PrintStream log = System.out;

    /** The figures of one size: the taxonomy, the cold load, and the three reloads. */
    record Figures(int profiles, long triples, double cpuReferenceMs, Step cold, Step same, Step changed, Step back,
                   long storeBytesCold, long storeBytesAfter) {}

    /** One load: prepare (parse, validate), then read, compare and write (a cold load reads and compares nothing). */
    record Step(double prepare, double read, double compare, double write, double total, long conceptsChanged) {
        static Step of(double prepare, double store, RecordedRelease r) {
            double read = r.timings().readMillis() / 1000.0;
            double compare = r.timings().compareMillis() / 1000.0;
            double write = store - read - compare;
            return new Step(prepare, read, compare, write, prepare + store, r.changes().size());
        }
    }

    List<Figures> run(List<Integer> sizes, long seed, SourceLayout sources, Path work, Path results, String command) {
        warmUp(seed, sources, work.resolve("warm-up"));
        List<Figures> all = new ArrayList<>();
        for (int profiles : sizes) {
            all.add(size(profiles, seed, sources, work.resolve(Integer.toString(profiles))));
            write(all, results, command);
        }
        return all;
    }

    private Figures size(int profiles, long seed, SourceLayout sources, Path dir) {
        double reference = Machine.referenceMillis();
        Path a = dir.resolve("release-a");
        Path b = dir.resolve("release-b");
        Path store = dir.resolve("store");
        say(profiles, "generating (CPU reference " + reference + " ms)");
        TaxonomyGenerator.create().profiles(profiles).seed(seed).sources(sources).build().writeTo(a);
        TaxonomyGenerator.create().profiles(profiles).seed(seed).sources(sources).build().writeTo(b);
        int edited = nextRelease(b.resolve("data/taxonomy"));
        if (edited == 0) {
            throw new IllegalStateException("release B edits nothing: the generated files have no median pay or title "
                    + "in the form expected");
        }
        say(profiles, "release B edits " + edited + " values; cold load");
        Files2.delete(store);
        Files2.delete(new CanonProperties.Text().resolve(store));
        try (CanonStore s = Tdb2Store.open(store)) {
            Step cold = load(a, s, store);
            long triples = s.graphNames().stream().mapToLong(s::size).sum();
            long coldBytes = Files2.size(store);
            say(profiles, "cold load " + cold.total() + " s; reload of the same release");
            Step same = load(a, s, store);
            say(profiles, "reload (same) " + same.total() + " s; reload of release B");
            Step changed = load(b, s, store);
            say(profiles, "reload (B) " + changed.total() + " s, " + changed.conceptsChanged() + " concepts changed; back to A");
            Step back = load(a, s, store);
            say(profiles, "reload (back to A) " + back.total() + " s");
            TDBInternal.expel(s.datasetGraph());
            return new Figures(profiles, triples, reference, cold, same, changed, back, coldBytes, Files2.size(store));
        }
    }

    /**
     * One cold load and one reload of a small taxonomy, not measured: the first size would otherwise pay for the JIT
     * compiling the loader in its cold load and in no reload.
     */
    private void warmUp(long seed, SourceLayout sources, Path dir) {
        say(200, "warming up (not measured)");
        Path a = dir.resolve("release-a");
        TaxonomyGenerator.create().profiles(200).seed(seed).sources(sources).build().writeTo(a);
        Path store = dir.resolve("store");
        Files2.delete(store);
        Files2.delete(new CanonProperties.Text().resolve(store));
        try (CanonStore s = Tdb2Store.open(store)) {
            load(a, s, store);
            load(a, s, store);
            TDBInternal.expel(s.datasetGraph());
        }
    }

    /** A load as the service's reload runs it, with what it derives ({@link ServiceBuilders}). */
    private static Step load(Path sources, CanonStore store, Path storeDir) {
        CanonLoader loader = new CanonLoader(ServiceBuilders.forStore(storeDir));
        CanonLoader.Prepared[] prepared = new CanonLoader.Prepared[1];
        double prepare = LoadBenchmark.timed(() -> prepared[0] = loader.prepare(SourceLayout.folder(sources)))[0];
        RecordedRelease[] release = new RecordedRelease[1];
        double write = LoadBenchmark.timed(() -> release[0] = loader.store(prepared[0], store).release())[0];
        return Step.of(LoadBenchmark.r2(prepare), write, release[0]);
    }

    /**
     * Turns release A's function files into release B: the median pay of every 100th pay and the title of every
     * 100th profile (counted across the files, in file order).
     *
     * @return the number of values edited
     */
    static int nextRelease(Path taxonomy) {
        int[] seen = {0, 0};
        int edited = 0;
        try (Stream<Path> files = Files.list(taxonomy)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("core.ttl")).sorted().toList()) {
                String text = Files.readString(f);
                StringBuilder out = new StringBuilder();
                Matcher m = MEDIAN.matcher(text);
                while (m.find()) {
                    boolean edit = seen[0]++ % 100 == 0;
                    edited += edit ? 1 : 0;
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)
                            + (edit ? Long.parseLong(m.group(2)) + 1000 : Long.parseLong(m.group(2))) + m.group(3)));
                }
                m.appendTail(out);
                text = out.toString();
                out = new StringBuilder();
                m = TITLE.matcher(text);
                while (m.find()) {
                    boolean edit = seen[1]++ % 100 == 0;
                    edited += edit ? 1 : 0;
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + (edit ? " (revised)" : "")
                            + m.group(3)));
                }
                m.appendTail(out);
                Files.writeString(f, out.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return edited;
    }

    private static void write(List<Figures> all, Path results, String command) {
        Machine machine = Machine.detect();
        StringBuilder md = new StringBuilder("# Reload beside a cold load\n\n");
        md.append("Run of ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(": `")
                .append(command).append("`. Machine: ").append(machine.cpu()).append(", ").append(machine.cores())
                .append(" cores, ").append(machine.os()).append("; ").append(machine.jvm()).append(", max heap ")
                .append(Math.round(machine.maxHeapGb())).append(" GB. What is measured: `ReloadBenchmark` in "
                        + "`src/bench` (generated release A loaded into an empty store; reloaded as it is; release B, "
                        + "about 2% of the profiles changed; A again). Seconds, wall-clock; prepare = parse and "
                        + "validate, read = the store's current graphs, compare = triples to write and change log, "
                        + "write = the derived graphs (similarity, text index, suggestions) and the one transaction (with the release record).\n\n");
        md.append("| profiles | triples | step | total (s) | prepare | read | compare | write | concepts changed | vs cold load |\n");
        md.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Figures f : all) {
            row(md, f, "cold load (empty store)", f.cold(), f.cold().total());
            row(md, f, "reload, nothing changed", f.same(), f.cold().total());
            row(md, f, "reload, release B (~2% changed)", f.changed(), f.cold().total());
            row(md, f, "reload, back to A", f.back(), f.cold().total());
        }
        md.append("\nStore folder after the cold load and after the three reloads (MB): ");
        List<String> sizes = new ArrayList<>();
        for (Figures f : all) {
            sizes.add(String.format(Locale.ROOT, "%,d profiles %,d / %,d", f.profiles(), f.storeBytesCold() / 1_048_576,
                    f.storeBytesAfter() / 1_048_576));
        }
        md.append(String.join("; ", sizes)).append(". CPU reference time at each size (a fixed single-threaded "
                + "workload; higher means a busier machine): ");
        md.append(String.join(", ", all.stream().map(f -> String.format(Locale.ROOT, "%,d: %.0f ms", f.profiles(),
                f.cpuReferenceMs())).toList())).append(".\n");
        try {
            Files.createDirectories(results);
            Files.writeString(results.resolve("reload.md"), md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(StringBuilder md, Figures f, String step, Step s, double cold) {
        md.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %,d | %.2fx |%n",
                f.profiles(), f.triples(), step, s.total(), s.prepare(), s.read(), s.compare(), s.write(),
                s.conceptsChanged(), s.total() / cold));
    }

    private void say(int profiles, String what) {
        log.printf("[reload %,d] %s%n", profiles, what);
        log.flush();
    }
}
