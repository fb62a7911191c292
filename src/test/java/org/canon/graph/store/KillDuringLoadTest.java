package org.canon.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.canon.graph.CanonGraphApplication;
import org.canon.graph.TestSources;
import org.canon.graph.TestStores;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A {@code load} killed with SIGKILL, again and again at different moments, leaves a TDB2 store that opens and
 * holds exactly the state before or after that load.
 *
 * <p>State A is the shipped sources, state B a copy with a changed title and an added alias. Each round runs the
 * real command ({@code java -cp ... CanonGraphApplication load}) in a child JVM to turn the store into the other
 * state, and kills it: right after start, at 5% .. 95% of a measured full load, at points inside the write
 * transaction and right after its commit (timed from the store's own debug lines). The store is then opened in this
 * JVM (after a kill the lock file names a dead process) and its digest must be exactly A's or B's. The rounds
 * are written to {@code target/fault-results.txt}.
 */
@Tag("long")
class KillDuringLoadTest {
    static final String BEGIN = "Write transaction begins";
    static final String COMMITTED = "Write transaction committed";

    Path storeDir;
    Map<String, String> digestA;
    Map<String, String> digestB;
    Path sourcesA = Path.of(".").toAbsolutePath().normalize();
    Path sourcesB;

    @Test
    void aKilledLoadLeavesTheStateBeforeOrAfterIt() throws Exception {
        assumeFalse(TestStores.remote(), "kills a local TDB2 load; the remote server's durability is its own");
        sourcesB = TestSources.copy("fault-b");
        TestSources.edit(sourcesB.resolve("data/taxonomy/health.ttl"), "skos:prefLabel \"Health Informatics — M3\"@en ;",
                "skos:prefLabel \"Health Informatics Senior Manager — M3\"@en ;\n"
                        + "    skos:altLabel \"Clinical Informatics Manager\"@en ;");
        storeDir = TestStores.newFolder("fault");
        digestA = loadInProcess(sourcesA, storeDir);
        digestB = loadInProcess(sourcesB, TestStores.newFolder("fault-b-store"));
        assertThat(digestB).isNotEqualTo(digestA);

        List<String> report = new ArrayList<>();
        // One full load, not killed: its length and the moments its write transaction begins and commits.
        Round full = run(sourcesB, Long.MAX_VALUE, Anchor.START);
        assertThat(full.exitCode).as("an uninterrupted load succeeds").isZero();
        assertThat(digest()).isEqualTo(digestB);
        long total = full.exitMillis;
        long write = full.committedMillis - full.beginMillis;
        report.add(String.format(Locale.ROOT, "full load (child JVM start to exit): %d ms; write transaction from %d ms "
                + "to %d ms (%d ms)", total, full.beginMillis, full.committedMillis, write));

        // Kills right after start, at 5% .. 95% of a full load, inside the write transaction (how long it takes
        // varies from run to run, so mostly early in it) and right after its commit (which turns the load around:
        // the next rounds load the other way), interleaved.
        List<Kill> kills = new ArrayList<>(List.of(new Kill("100 ms after start", 100, Anchor.START),
                new Kill("1 s after start", 1000, Anchor.START), COMMIT));
        int[] intoWrite = {0, 5, 10, 20, 35, 50};
        for (int pct = 5, w = 0; pct <= 95; pct += 10) {
            kills.add(new Kill(pct + "% of a full load", total * pct / 100, Anchor.START));
            if (w < intoWrite.length) {
                kills.add(new Kill(intoWrite[w] + "% into the write transaction", write * intoWrite[w++] / 100,
                        Anchor.WRITE));
            }
            if (pct == 25 || pct == 55) {
                kills.add(COMMIT);
            }
        }

        boolean inB = true;
        int killed = 0;
        int inWrite = 0;
        int after = 0;
        for (int i = 0; i < kills.size(); i++) {
            Kill k = kills.get(i);
            Path target = inB ? sourcesA : sourcesB;
            Round r = run(target, k.delayMillis, k.anchor);
            Optional<Long> lockPid = lockPid();
            Map<String, String> now = digest(); // opens the store: it must open, and hold A or B exactly
            boolean isB = now.equals(digestB);
            assertThat(isB || now.equals(digestA)).as("round %d: the store holds exactly state A or state B", i + 1)
                    .isTrue();
            boolean changed = isB != inB;
            if (r.committedSeen() || !r.killed) {
                assertThat(changed).as("round %d: a load that committed is kept", i + 1).isTrue();
            }
            killed += r.killed ? 1 : 0;
            inWrite += r.phase().equals("in the write transaction") ? 1 : 0;
            after += changed ? 1 : 0;
            report.add(String.format(Locale.ROOT,
                    "round %2d: load %s -> %s, kill %s (at %d ms after start): %s; store opened holding %s (%s)%s",
                    i + 1, inB ? "B" : "A", inB ? "A" : "B", k.what, r.killMillis, r.phase(), isB ? "B" : "A",
                    changed ? "after" : "before",
                    lockPid.map(p -> "; tdb.lock names pid " + p + (p == ProcessHandle.current().pid() ? " (this JVM, "
                            + "from the last check)" : ProcessHandle.of(p).isPresent() ? " (alive)" : " (dead)"))
                            .orElse("")));
            inB = isB;
        }
        report.add(String.format(Locale.ROOT, "%d rounds, %d killed (%d inside the write transaction); outcomes: %d "
                + "after, %d before; every store opened and held exactly A or B", kills.size(), killed, inWrite, after,
                kills.size() - after));
        Files.write(Path.of("target", "fault-results.txt"), report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);
        assertThat(killed).isGreaterThanOrEqualTo(10);
        assertThat(inWrite).as("kills inside the write transaction").isGreaterThanOrEqualTo(1);
    }

    /** What a kill's delay is counted from: the child's start, or its store's debug line that opens or commits the write. */
    enum Anchor { START, WRITE, COMMIT }

    /** Where to kill: {@code delayMillis} after the anchor. */
    record Kill(String what, long delayMillis, Anchor anchor) {}

    static final Kill COMMIT = new Kill("right after the commit", 0, Anchor.COMMIT);

    /** What happened to one child: when (ms after start) it began and committed its write, was killed or exited. */
    static final class Round {
        volatile long beginMillis = -1;
        volatile long committedMillis = -1;
        long killMillis = -1;
        long exitMillis = -1;
        int exitCode;
        boolean killed;
        final StringBuilder output = new StringBuilder();

        boolean committedSeen() {
            return committedMillis >= 0 && committedMillis <= killMillis;
        }

        String phase() {
            if (!killed) {
                return "not killed: the load had ended (exit code " + exitCode + ")";
            }
            if (committedSeen()) {
                return "killed after the commit";
            }
            return beginMillis >= 0 && beginMillis <= killMillis ? "in the write transaction" : "killed before the write";
        }
    }

    /** Runs {@code load} of {@code sources} into the store in a child JVM and kills it after the delay. */
    Round run(Path sources, long delayMillis, Anchor anchor) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CanonGraphApplication.class.getName(), "load", "--canon.sources.dir=" + sources,
                "--canon.store.dir=" + storeDir.toAbsolutePath(),
                "--logging.level." + Tdb2Store.class.getName() + "=DEBUG").redirectErrorStream(true);
        Round r = new Round();
        long start = System.nanoTime();
        Process p = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    long at = (System.nanoTime() - start) / 1_000_000;
                    if (line.contains(BEGIN)) {
                        r.beginMillis = at;
                    } else if (line.contains(COMMITTED)) {
                        r.committedMillis = at;
                    }
                    synchronized (r.output) {
                        r.output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        });
        reader.start();
        long deadline;
        if (anchor == Anchor.START) {
            deadline = delayMillis == Long.MAX_VALUE ? Long.MAX_VALUE : start + delayMillis * 1_000_000;
        } else {
            while ((anchor == Anchor.WRITE ? r.beginMillis : r.committedMillis) < 0 && p.isAlive()) {
                Thread.sleep(1);
            }
            long from = Math.max(anchor == Anchor.WRITE ? r.beginMillis : r.committedMillis, 0);
            deadline = start + (from + delayMillis) * 1_000_000;
        }
        while (p.isAlive() && System.nanoTime() < deadline) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            p.waitFor(Math.max(1, Math.min(left, 1000)), TimeUnit.MILLISECONDS);
        }
        if (p.isAlive()) {
            r.killMillis = (System.nanoTime() - start) / 1_000_000;
            p.destroyForcibly(); // SIGKILL on Linux
            r.killed = true;
        }
        r.exitCode = p.waitFor();
        r.exitMillis = (System.nanoTime() - start) / 1_000_000;
        reader.join(10_000);
        if (!r.killed && r.exitCode != 0) {
            throw new AssertionError("The child load failed:\n" + r.output);
        }
        if (!r.killed) {
            r.killMillis = r.exitMillis;
        }
        return r;
    }

    /** The pid written in the store's lock file, if any. */
    Optional<Long> lockPid() throws IOException {
        Path lock = storeDir.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        String text = Files.readString(lock).strip();
        return text.matches("\\d+") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    /**
     * Opens the store in this JVM, digests it and releases it (TDB2 caches an open store per folder and JVM). The
     * releases graph is left out: the same state reached by different loads has different release records.
     */
    Map<String, String> digest() {
        Tdb2Store store = Tdb2Store.open(storeDir);
        try {
            return sourceGraphs(StoreDigest.of(store));
        } finally {
            TDBInternal.expel(store.datasetGraph());
        }
    }

    static Map<String, String> loadInProcess(Path sources, Path dir) {
        Tdb2Store store = Tdb2Store.open(dir);
        try {
            new CanonLoader().load(SourceLayout.folder(sources), store);
            return sourceGraphs(StoreDigest.of(store));
        } finally {
            TDBInternal.expel(store.datasetGraph());
        }
    }

    /**
     * The digests of the graphs loaded from the sources. The derived graphs (the text index's generation, the
     * crosswalk suggestions, the similarities) and the release record are written in the same write transaction, but the text index's
     * graph names a generation made anew by every run and the release record its time, so two loads of the same
     * sources never give them the same digest.
     */
    static Map<String, String> sourceGraphs(Map<String, String> digests) {
        Map<String, String> kept = new java.util.TreeMap<>(digests);
        kept.keySet().removeIf(g -> g.startsWith("https://w3id.org/canon/graph/suggestions/")
                || g.startsWith("https://w3id.org/canon/graph/similarity/")
                || g.equals("https://w3id.org/canon/graph/text-index") || g.equals(Canon.GRAPH_RELEASES));
        return kept;
    }
}
