package org.canon.graph.derive;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.system.Txn;
import org.canon.graph.store.CanonStore;

/**
 * The store as it will be once a load or an import commits: the graphs it prepared, and the store's own for the
 * others (minus those it drops). Queries run on one graph at a time: over the prepared graph in memory, or over
 * the store's graph (the query's pattern inside {@code GRAPH <graph>}), so that nothing is copied out of the store.
 *
 * <pre>{@code
 * pending.select(ExternalIris.GRAPH_ESCO, "SELECT ?c ?l WHERE { ?c skos:prefLabel ?l }", row -> ...);
 * }</pre>
 */
public final class PendingStore {
    private final Map<String, Graph> prepared;
    private final Set<String> dropped;
    private final CanonStore store;
    private final Map<Class<?>, Object> shared = new HashMap<>();
    private Set<String> storeGraphs;

    /**
     * @param prepared graphs about to replace the store's, by name
     * @param dropped  graphs about to be removed
     * @param store    the store; may be null (then only the prepared graphs exist)
     */
    public PendingStore(Map<String, Graph> prepared, Set<String> dropped, CanonStore store) {
        this.prepared = prepared;
        this.dropped = dropped;
        this.store = store;
    }

    /** The store as it is (nothing pending). */
    public static PendingStore of(CanonStore store) {
        return new PendingStore(Map.of(), Set.of(), store);
    }

    /** Names of the graphs there will be. */
    public Set<String> graphNames() {
        Set<String> names = new TreeSet<>(prepared.keySet());
        names.addAll(storeGraphs());
        names.removeAll(dropped);
        return names;
    }

    /** Whether this graph changes with the pending load or import. */
    public boolean changes(String graph) {
        return prepared.containsKey(graph) || dropped.contains(graph);
    }

    /** The graph the pending load or import brings under this name, if it brings one (held in memory). */
    public java.util.Optional<Graph> prepared(String graph) {
        return java.util.Optional.ofNullable(prepared.get(graph));
    }

    /** Names of the graphs the pending load or import replaces or drops. */
    public Set<String> changedGraphs() {
        Set<String> names = new TreeSet<>(prepared.keySet());
        names.addAll(dropped);
        return names;
    }

    /**
     * Runs a SELECT query over one graph (its default graph is that graph), calling {@code row} for each answer;
     * an absent graph gives no answers.
     */
    public void select(String graph, String query, Consumer<QuerySolution> row) {
        Query q = QueryFactory.create(query);
        if (prepared.containsKey(graph)) {
            try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(prepared.get(graph)))
                    .query(q).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        } else if (!dropped.contains(graph) && store != null && storeGraphs().contains(graph)) {
            // GRAPH rather than FROM: a store whose default graph is the union may ignore FROM
            q.setQueryPattern(new ElementNamedGraph(NodeFactory.createURI(graph), q.getQueryPattern()));
            try (RDFConnection conn = store.connect()) {
                Txn.executeRead(conn, () -> {
                    // a bulk read of the store, not a user's query: the user query timeout does not apply
                    try (QueryExecution qe = conn.newQuery().query(q).timeout(1, TimeUnit.DAYS).build()) {
                        qe.execSelect().forEachRemaining(row);
                    }
                });
            }
        }
    }

    /** Something one builder made for the builders after it (e.g. the new text index). */
    public <T> void share(Class<T> type, T value) {
        shared.put(type, value);
    }

    /** What an earlier builder shared, or null. */
    public <T> T shared(Class<T> type) {
        return type.cast(shared.get(type));
    }

    private Set<String> storeGraphs() {
        if (storeGraphs == null) {
            storeGraphs = store == null ? Set.of() : store.graphNames();
        }
        return storeGraphs;
    }
}
