package org.canon.graph.store;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where the Canon graphs live. Writes replace whole named graphs atomically; reads go through an
 * {@link RDFConnection} whose default graph is the union of the named graphs.
 */
public interface CanonStore extends AutoCloseable {

    /**
     * Replaces the given named graphs and removes the graphs in {@code drop}, all in one transaction:
     * either every change is made or none.
     */
    default void replaceGraphs(Map<String, Graph> graphs, Set<String> drop) {
        apply(GraphChanges.replacing(graphs, drop));
    }

    /**
     * Makes all the changes in one transaction: either every change is made or none. Readers see the store as it
     * was before until the transaction commits, and as it is after from then on.
     */
    void apply(GraphChanges changes);

    /** Names of the named graphs present. */
    Set<String> graphNames();

    /** Number of triples in one named graph (0 when absent). */
    long size(String graphName);

    /** A copy of one named graph (empty when absent). */
    Graph read(String graphName);

    /** A new connection for queries; close it after use. */
    RDFConnection connect();

    /** The dataset for an embedded Fuseki server to serve. */
    DatasetGraph datasetGraph();

    /** A short description for logs and the health endpoint, e.g. the store folder. */
    String describe();

    @Override
    void close();
}
