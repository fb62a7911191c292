package org.canon.graph.similarity;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.canon.graph.store.CanonStore;

/**
 * Where the similarity reads its input: the rows of a standard SPARQL 1.1 SELECT, over the store (embedded or
 * remote) or over graphs about to be stored.
 */
@FunctionalInterface
interface Rows {

    /** Runs the query and hands each row to {@code row}. */
    void select(Query query, Consumer<QuerySolution> row);

    /** The store, in a read transaction (its default graph is the union of its graphs). */
    static Rows of(CanonStore store) {
        return (query, row) -> {
            try (RDFConnection conn = store.connect()) {
                Txn.executeRead(conn, () -> conn.querySelect(query, row));
            }
        };
    }

    /** Graphs in memory, one after the other (a row found in two of them is handed over twice). */
    static Rows of(java.util.Collection<Graph> graphs) {
        return (query, row) -> graphs.forEach(g -> of(g).select(query, row));
    }

    /** One graph in memory. */
    static Rows of(Graph graph) {
        return (query, row) -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(graph))).query(query).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        };
    }
}
