package org.canon.graph.similarity;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.canon.graph.derive.PendingStore;

/**
 * Where the similarity reads its input: the rows of a standard SPARQL 1.1 SELECT, over the store as a load or an
 * import will leave it (embedded or remote) or over graphs in memory.
 */
@FunctionalInterface
interface Rows {

    /** Runs the query and hands each row to {@code row}. */
    void select(Query query, Consumer<QuerySolution> row);

    /** Graphs of the store as a load or an import will leave it, one after the other (an absent one has no rows). */
    static Rows of(PendingStore pending, java.util.List<String> graphs) {
        return (query, row) -> graphs.forEach(g -> pending.select(g, query.serialize(), row));
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
