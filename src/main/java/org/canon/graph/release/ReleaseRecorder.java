package org.canon.graph.release;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.canon.graph.source.SourceFile;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.GraphChanges;
import org.canon.graph.vocab.Canon;

/**
 * A store that records a release with every write: loaders and importers hand it the graphs they would hand the
 * store ({@link #replaceGraphs}), and it makes the same change in one transaction together with the release record
 * and its change log in {@link Canon#GRAPH_RELEASES}.
 *
 * <p>Before writing it reads the current state of the graphs concerned and writes only the triples that differ
 * (graphs with blank nodes, such as the ontology and the shapes, are replaced whole), so that a release that changes
 * little is written quickly and readers, who see the release before until the commit, wait for nothing; a graph
 * with blank nodes that is the same as before (isomorphic; checked up to {@value #SAME_CHECK_LIMIT} triples) is not
 * written at all. From the same
 * comparison it computes the change log ({@link ConceptChanges}) of the Canon graphs (taxonomy and mapping sets) and
 * of each external taxonomy and crosswalk that the store held before; a graph new to the store adds no per-concept
 * entries (the first load lists no concepts as added). Canon concepts removed from the taxonomy stay resolvable in
 * {@link Canon#GRAPH_RETIRED} ({@link Tombstones}). Releases are numbered 1, 2, 3... in the order they are recorded;
 * writes through recorders of one process are made one at a time.
 *
 * <pre>{@code
 * ReleaseRecorder recorder = new ReleaseRecorder(store, RecordedRelease.Kind.LOAD, "the sources in " + dir, files);
 * recorder.replaceGraphs(graphs, drop);
 * RecordedRelease release = recorder.recorded();
 * }</pre>
 */
public final class ReleaseRecorder implements CanonStore {
    private static final ReentrantLock WRITING = new ReentrantLock();
    /** Largest graph with blank nodes compared as a whole (isomorphism) to skip writing it when it is unchanged. */
    private static final int SAME_CHECK_LIMIT = 20_000;
    private final CanonStore store;
    private final RecordedRelease.Kind kind;
    private final String description;
    private final List<SourceFile> sources;
    private RecordedRelease recorded;

    /**
     * @param description what the release brings in, for its {@code dcterms:description}, e.g. "Canon sources from
     *                    /srv/canon"
     * @param sources     the files read, recorded with their checksums
     */
    public ReleaseRecorder(CanonStore store, RecordedRelease.Kind kind, String description, List<SourceFile> sources) {
        this.store = store;
        this.kind = kind;
        this.description = description;
        this.sources = List.copyOf(sources);
    }

    /** The release recorded by the last write, or null before any. */
    public RecordedRelease recorded() {
        return recorded;
    }

    @Override
    public void apply(GraphChanges changes) {
        WRITING.lock();
        try {
            recorded = record(changes);
        } finally {
            WRITING.unlock();
        }
    }

    private RecordedRelease record(GraphChanges changes) {
        long t0 = System.nanoTime();
        List<SourceChecksum> checksums = sources.stream().map(SourceChecksum::of).toList();
        Set<String> before = store.graphNames();
        Long previous = latestVersion();
        long version = previous == null ? 1 : previous + 1;
        Set<String> concerned = new LinkedHashSet<>(changes.replace().keySet());
        concerned.addAll(changes.drop());
        List<String> compared = concerned.stream().filter(g -> compared(g, before)).toList();
        Map<String, Graph> old = new HashMap<>();
        for (String name : concerned) {
            if (before.contains(name) && (compared.contains(name) || changes.replace().containsKey(name))) {
                old.put(name, store.read(name));
            }
        }
        long t1 = System.nanoTime();

        Map<String, Graph> replace = new LinkedHashMap<>();
        Map<String, Graph> delete = new LinkedHashMap<>();
        Map<String, Graph> add = new LinkedHashMap<>(changes.add());
        Map<String, GraphDelta> deltas = new HashMap<>();
        changes.replace().forEach((name, g) -> {
            Graph o = old.get(name);
            if (o == null) {
                replace.put(name, g);
            } else if (GraphDelta.hasBlankNodes(o) || GraphDelta.hasBlankNodes(g)) {
                if (o.size() != g.size() || g.size() > SAME_CHECK_LIMIT || !o.isIsomorphicWith(g)) {
                    replace.put(name, g);
                }
            } else {
                GraphDelta d = delta(deltas, name, o, g);
                delete.put(name, d.deleted());
                add.put(name, d.added());
            }
        });
        List<ConceptChange> conceptChanges = compared.isEmpty() ? List.of() : ConceptChanges.between(
                compared.stream().map(n -> old.getOrDefault(n, empty())).toList(),
                compared.stream().map(n -> changes.replace().getOrDefault(n, empty())).toList(),
                compared.stream().map(n -> delta(deltas, n, old.getOrDefault(n, empty()),
                        changes.replace().getOrDefault(n, empty()))).toList());
        Graph retired = null;
        if (changes.replace().containsKey(Canon.GRAPH_TAXONOMY)) {
            Graph current = before.contains(Canon.GRAPH_RETIRED) ? store.read(Canon.GRAPH_RETIRED) : empty();
            retired = Tombstones.next(current, conceptChanges, old.getOrDefault(Canon.GRAPH_TAXONOMY, empty()),
                    changes.replace().get(Canon.GRAPH_TAXONOMY));
            GraphDelta d = GraphDelta.between(current, retired);
            delete.put(Canon.GRAPH_RETIRED, d.deleted());
            add.put(Canon.GRAPH_RETIRED, d.added());
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String name : before) {
            if (!concerned.contains(name) && !name.equals(Canon.GRAPH_RELEASES)) {
                counts.put(name, store.size(name));
            }
        }
        changes.replace().forEach((name, g) -> counts.put(name, (long) g.size()));
        if (retired != null) {
            counts.put(Canon.GRAPH_RETIRED, (long) retired.size());
        }
        counts.values().removeIf(n -> n == 0);
        long t2 = System.nanoTime();

        RecordedRelease release = new RecordedRelease(version, Canon.release(version), kind,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), previous, checksums, counts, conceptChanges, null);
        Graph record = ReleaseGraph.of(release, description);
        record.find().forEach(t -> add.computeIfAbsent(Canon.GRAPH_RELEASES, n -> GraphFactory.createDefaultGraph()).add(t));
        store.apply(new GraphChanges(replace, changes.drop(), delete, add));
        long t3 = System.nanoTime();
        return new RecordedRelease(version, release.iri(), kind, release.issued(), previous, checksums, counts,
                conceptChanges, new RecordedRelease.Timings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000));
    }

    private static GraphDelta delta(Map<String, GraphDelta> deltas, String name, Graph before, Graph after) {
        return deltas.computeIfAbsent(name, n -> GraphDelta.between(before, after));
    }

    /**
     * Whether a change log is kept for a graph: a source graph of concepts (the taxonomy, a mapping set, an external
     * taxonomy, a crosswalk) whose kind the store held before (the taxonomy for the Canon graphs, the same graph for
     * an external one).
     */
    static boolean compared(String graph, Set<String> before) {
        if (graph.equals(Canon.GRAPH_TAXONOMY) || graph.startsWith(Canon.GRAPH_MAPPINGS)) {
            return before.contains(Canon.GRAPH_TAXONOMY);
        }
        return (graph.startsWith(Canon.GRAPH_EXTERNAL) || graph.startsWith(Canon.GRAPH_CROSSWALKS))
                && before.contains(graph);
    }

    /** The number of the latest release recorded in the store, or null when there is none. */
    Long latestVersion() {
        String q = """
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
                SELECT (MAX(xsd:integer(?v)) AS ?n) WHERE { GRAPH ?g { ?r dcat:inSeries ?series ; dcat:version ?v } }""";
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> {
                try (var qe = conn.newQuery().query(q)
                        .substitution("g", ResourceFactory.createResource(Canon.GRAPH_RELEASES))
                        .substitution("series", ResourceFactory.createResource(Canon.RELEASES)).build()) {
                    var row = qe.execSelect().next();
                    return row.contains("n") ? row.getLiteral("n").getLong() : null;
                }
            });
        }
    }

    private static Graph empty() {
        return GraphFactory.createDefaultGraph();
    }

    @Override
    public Set<String> graphNames() {
        return store.graphNames();
    }

    @Override
    public long size(String graphName) {
        return store.size(graphName);
    }

    @Override
    public Graph read(String graphName) {
        return store.read(graphName);
    }

    @Override
    public RDFConnection connect() {
        return store.connect();
    }

    @Override
    public DatasetGraph datasetGraph() {
        return store.datasetGraph();
    }

    @Override
    public String describe() {
        return store.describe();
    }

    /** The store stays open: it belongs to whoever made this recorder. */
    @Override
    public void close() {
    }
}
