package org.canon.graph.store;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;

/**
 * Changes to named graphs that a store makes in one transaction, in this order: the graphs in {@code drop} are
 * removed; each graph of {@code replace} takes the place of the graph of that name; from each graph named in
 * {@code delete} its triples are removed, then the triples of {@code add} are added to the graph of that name.
 * Deletions and additions must hold no blank nodes (SPARQL's {@code DELETE DATA} allows none).
 *
 * <pre>{@code
 * store.apply(new GraphChanges(Map.of(), Set.of(), Map.of(taxonomy, removed), Map.of(taxonomy, added)));
 * }</pre>
 */
public record GraphChanges(Map<String, Graph> replace, Set<String> drop, Map<String, Graph> delete,
                           Map<String, Graph> add) {

    /** Whole graphs replaced and graphs dropped, nothing else. */
    public static GraphChanges replacing(Map<String, Graph> graphs, Set<String> drop) {
        return new GraphChanges(graphs, drop, Map.of(), Map.of());
    }
}
