package org.canon.graph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.derive.PendingStore;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.similarity.SimilarityBuilder;
import org.canon.graph.load.RdfFiles;
import org.canon.graph.source.SourceFile;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.mapping.SssomReader;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.Tdb2Store;
import org.canon.graph.vocab.Canon;

/**
 * The project's load against Jena's bulk loader, on the same sources in the same process.
 *
 * <p>The project's load is {@link CanonLoader#prepare} (parse, validate against the shapes, read and check the
 * mapping sets) then {@link CanonLoader#store} into a fresh TDB2 store, with what the service's load derives in the
 * same transaction ({@link ServiceBuilders}: the profiles' skill similarity, which the queries measured after the load
 * rank by; the text index beside the store, which the service then opens instead of building it at start-up; the
 * crosswalk suggestions, none without imported schemes). The bulk loader is TDB2's phased loader, the
 * default of {@code tdb2.tdbloader}, run once per named graph into another fresh store (as
 * {@code tdb2.tdbloader --graph=G} would be), on the same Turtle files; it cannot read SSSOM TSV, so the mapping sets
 * are handed to it as N-Triples written from the project's own reading of them beforehand (not timed). Parsing
 * alone is timed too, for reference.
 */
final class LoadBenchmark {
    /** Output of the bulk loader's progress monitor: none. */
    private static final org.apache.jena.system.progress.MonitorOutput QUIET = (fmt, args) -> {};

    private LoadBenchmark() {}

    /**
     * Loads {@code repeats} times each way; the project's store of the last repeat is left in {@code projectStore}.
     *
     * @return the median repeat of each figure
     */
    static BenchResults.Load run(Path sources, Path projectStore, Path bulkStore, Path bulkInput, int repeats) {
        return run(sources, projectStore, bulkStore, bulkInput, repeats, true);
    }

    /** The same; without {@code withBulk}, the bulk loader is not run and its figures are 0. */
    static BenchResults.Load run(Path sources, Path projectStore, Path bulkStore, Path bulkInput, int repeats,
                                 boolean withBulk) {
        SourceLayout layout = SourceLayout.folder(sources);
        Map<String, List<String>> bulkFiles = withBulk ? bulkFiles(sources, layout, bulkInput) : Map.of();
        List<double[]> project = new ArrayList<>();
        List<double[]> bulk = new ArrayList<>();
        long triples = 0;
        long projectBytes = 0;
        long bulkBytes = 0;
        for (int r = 0; r < repeats; r++) {
            double parse = timed(() -> {
                RdfFiles.parse(layout.ontologyFiles());
                RdfFiles.parse(layout.shapeFiles());
                RdfFiles.parse(layout.taxonomyFiles());
            })[0];
            Files2.delete(projectStore);
            Files2.delete(new CanonProperties.Text().resolve(projectStore));
            CanonLoader loader = new CanonLoader(ServiceBuilders.forStore(projectStore));
            CanonLoader.Prepared[] prepared = new CanonLoader.Prepared[1];
            double[] prepare = timed(() -> prepared[0] = loader.prepare(layout));
            long[] count = new long[1];
            double[] store = timed(() -> {
                try (CanonStore s = Tdb2Store.open(projectStore)) {
                    count[0] = loader.store(prepared[0], s).triples();
                    TDBInternal.expel(s.datasetGraph());
                }
            });
            prepared[0] = null;
            triples = count[0];
            projectBytes = Files2.size(projectStore);
            project.add(new double[] {parse, prepare[0], store[0], prepare[0] + store[0], prepare[1] + store[1]});
            if (!withBulk) {
                continue;
            }
            Files2.delete(bulkStore);
            bulk.add(timed(() -> bulkLoad(bulkStore, bulkFiles)));
            bulkBytes = Files2.size(bulkStore);
            Files2.delete(bulkStore);
        }
        double[] p = median(project);
        double[] b = withBulk ? median(bulk) : new double[2];
        return new BenchResults.Load(triples, repeats, r2(p[0]), r2(p[1]), r2(p[2]), r2(p[3]), r2(p[4]),
                Math.round(triples / p[3]), r2(b[0]), r2(b[1]), withBulk ? Math.round(triples / b[0]) : 0,
                withBulk ? r2(p[3] / b[0]) : 0, projectBytes, bulkBytes);
    }

    /**
     * The files of each named graph, as the bulk loader gets them; mapping sets, and the profiles' similarity that the
     * project's load derives, written as N-Triples first (so that both loads write the same triples).
     */
    private static Map<String, List<String>> bulkFiles(Path sources, SourceLayout layout, Path bulkInput) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        files.put(Canon.GRAPH_ONTOLOGY, paths(sources, layout.ontologyFiles()));
        files.put(Canon.GRAPH_SHAPES, paths(sources, layout.shapeFiles()));
        files.put(Canon.GRAPH_TAXONOMY, paths(sources, layout.taxonomyFiles()));
        Files2.delete(bulkInput);
        for (SourceFile f : layout.mappingFiles()) {
            var set = SssomReader.read(f);
            Path nt = bulkInput.resolve(set.name() + ".nt");
            write(set.toGraph(), nt);
            files.put(set.graphName(), List.of(nt.toString()));
        }
        CanonLoader.Prepared prepared = new CanonLoader().prepare(layout);
        Graph similarity = new SimilarityBuilder().build(new PendingStore(prepared.graphs(), Set.of(), null)).graphs()
                .get(Canon.GRAPH_SIMILAR_PROFILES);
        Path nt = bulkInput.resolve("similarity-profiles.nt");
        write(similarity, nt);
        files.put(Canon.GRAPH_SIMILAR_PROFILES, List.of(nt.toString()));
        return files;
    }

    private static void bulkLoad(Path dir, Map<String, List<String>> files) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            files.forEach((graph, paths) -> {
                DataLoader loader = LoaderFactory.phasedLoader(dsg, NodeFactory.createURI(graph), QUIET);
                loader.startBulk();
                try {
                    loader.load(paths);
                    loader.finishBulk();
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Runs after a collection; returns {wall seconds, CPU seconds}. */
    static double[] timed(Runnable work) {
        System.gc();
        double cpu = Machine.cpuSeconds();
        long t0 = System.nanoTime();
        work.run();
        return new double[] {(System.nanoTime() - t0) / 1e9, Machine.cpuSeconds() - cpu};
    }

    /** The repeat with the median total time (index 3 for the project, 0 for the bulk loader). */
    private static double[] median(List<double[]> repeats) {
        int key = repeats.get(0).length > 2 ? 3 : 0;
        double[][] sorted = repeats.toArray(double[][]::new);
        Arrays.sort(sorted, (a, b) -> Double.compare(a[key], b[key]));
        return sorted[(sorted.length - 1) / 2];
    }

    private static List<String> paths(Path root, List<SourceFile> files) {
        return files.stream().map(f -> root.resolve(f.name()).toString()).toList();
    }

    private static void write(Graph graph, Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double r2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
