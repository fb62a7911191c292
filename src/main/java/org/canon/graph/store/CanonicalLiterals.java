package org.canon.graph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;

/**
 * Literals in their canonical form ({@code "0.90"^^xsd:decimal} is {@code "0.9"}), as the stores write them.
 *
 * <p>TDB2 keeps numbers and dates inside its node ids and reads them back in canonical form, but (Jena 5.6.0,
 * apache/jena#3404) it keeps a decimal's scale in the id: a triple stored with {@code 0.90} is read back with
 * {@code 0.9}, and neither {@code 0.9} nor a pattern ({@code DELETE WHERE}, {@code DROP GRAPH}) finds it again to
 * delete it. Written in canonical form, what is read back is what is stored, and can be deleted.
 */
public final class CanonicalLiterals {
    private CanonicalLiterals() {}

    /** A literal in its canonical form; any other node as it is. */
    public static Node of(Node n) {
        return n.isLiteral() ? CanonicalizeLiteral.get().apply(n) : n;
    }

    /** The triple with its object in canonical form (the same triple when it already is). */
    public static Triple of(Triple t) {
        Node o = of(t.getObject());
        return o.equals(t.getObject()) ? t : Triple.create(t.getSubject(), t.getPredicate(), o);
    }
}
