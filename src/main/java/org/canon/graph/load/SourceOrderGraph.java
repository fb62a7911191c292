package org.canon.graph.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * An in-memory graph that lists all its triples in the order they were added (the order of the source files),
 * and answers every other pattern from an ordinary indexed in-memory graph.
 *
 * <p>The order matters when the graph is written to TDB2 one triple at a time: in source order the triples of one
 * subject arrive together and new nodes get increasing ids, so index inserts land near each other. Measured on a
 * 10,000-profile taxonomy, the store write took 2.4 times as long, and the store was 1.7 times as large, with the
 * in-memory graph's own iteration order.
 */
final class SourceOrderGraph extends WrappedGraph {
    private final List<Triple> order = new ArrayList<>();

    SourceOrderGraph() {
        super(GraphFactory.createDefaultGraph());
    }

    @Override
    public void performAdd(Triple t) {
        if (!base.contains(t)) {
            base.add(t);
            order.add(t);
        }
    }

    @Override
    public void add(Triple t) {
        performAdd(t);
    }

    @Override
    public void performDelete(Triple t) {
        if (base.contains(t)) {
            base.delete(t);
            order.remove(t);
        }
    }

    @Override
    public void delete(Triple t) {
        performDelete(t);
    }

    @Override
    public void clear() {
        base.clear();
        order.clear();
    }

    @Override
    public void remove(Node s, Node p, Node o) {
        base.find(s, p, o).toList().forEach(this::performDelete);
    }

    @Override
    public ExtendedIterator<Triple> find(Triple m) {
        return isAny(m.getSubject()) && isAny(m.getPredicate()) && isAny(m.getObject())
                ? WrappedIterator.create(Collections.unmodifiableList(order).iterator()) : base.find(m);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return find(Triple.createMatch(s, p, o));
    }

    @Override
    public ExtendedIterator<Triple> find() {
        return find(Triple.ANY);
    }

    private static boolean isAny(Node n) {
        return n == null || Node.ANY.equals(n);
    }
}
