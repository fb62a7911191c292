package org.canon.graph.release;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.canon.graph.store.CanonicalLiterals;

/**
 * The triples that turn one graph into another: {@link #deleted()} are in the old graph and not in the new one,
 * {@link #added()} in the new and not in the old. Literals are compared by their canonical form, as a TDB2 store
 * keeps numbers and dates ({@code 0.90} is read back as {@code 0.9}), so that a graph read back from the store and
 * the same graph parsed from its source give no difference (see {@link CanonicalLiterals}). Deleted triples are as the
 * old graph has them, added ones as the new graph has them.
 */
record GraphDelta(Graph deleted, Graph added) {

    /** The difference from {@code before} to {@code after}. Neither may hold blank nodes. */
    static GraphDelta between(Graph before, Graph after) {
        Canonical oldSide = new Canonical(before);
        Canonical newSide = new Canonical(after);
        Graph deleted = GraphFactory.createDefaultGraph();
        Graph added = GraphFactory.createDefaultGraph();
        before.find().forEach(t -> {
            if (!newSide.contains(canonical(t))) {
                deleted.add(t);
            }
        });
        after.find().forEach(t -> {
            if (!oldSide.contains(canonical(t))) {
                added.add(t);
            }
        });
        return new GraphDelta(deleted, added);
    }

    boolean isEmpty() {
        return deleted.isEmpty() && added.isEmpty();
    }

    /** Whether the graph holds a blank node: such a graph cannot be compared triple by triple across stores. */
    static boolean hasBlankNodes(Graph graph) {
        return graph.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext();
    }

    /** A literal in its canonical form (other nodes as they are). */
    static Node canonical(Node n) {
        return CanonicalLiterals.of(n);
    }

    static Triple canonical(Triple t) {
        return CanonicalLiterals.of(t);
    }

    /**
     * A graph seen with canonical literals, without copying it: a canonical triple is in it when the graph holds it
     * as it is, or holds another form of it, kept aside.
     */
    private static final class Canonical {
        private final Graph graph;
        private final Set<Triple> otherForms = new HashSet<>();

        Canonical(Graph graph) {
            this.graph = graph;
            graph.find().forEach(t -> {
                Triple c = canonical(t);
                if (c != t) {
                    otherForms.add(c);
                }
            });
        }

        boolean contains(Triple canonical) {
            return otherForms.contains(canonical) || graph.contains(canonical);
        }
    }
}
