package org.canon.graph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;

/**
 * A SHA-256 digest of every named graph of a store (of its sorted N-Triples lines), to show that a failed
 * load or import left the store exactly as it was.
 */
public final class StoreDigest {
    private StoreDigest() {}

    /** Graph name to digest, for every named graph of the store. */
    public static Map<String, String> of(CanonStore store) {
        Map<String, String> digests = new TreeMap<>();
        try (RDFConnection conn = store.connect()) {
            Txn.executeRead(conn, () -> {
                for (String name : store.graphNames()) {
                    try (QueryExecution qe = conn.newQuery().query(GRAPH)
                            .substitution("g", ResourceFactory.createResource(name)).build()) {
                        digests.put(name, digest(qe.execConstruct().getGraph()));
                    }
                }
            });
        }
        return digests;
    }

    private static final String GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";

    /**
     * The digest of one graph. Blank nodes have no stable label (a store or a protocol may rename them), so each
     * is written as the digest of its own sorted properties, recursively: the same graph gives the same digest
     * wherever it is read from.
     */
    public static String digest(Graph graph) {
        Map<Node, String> blanks = new HashMap<>();
        List<String> lines = new ArrayList<>();
        graph.find().forEach((Triple t) -> lines.add(fmt(graph, t.getSubject(), blanks, 0) + " "
                + fmt(graph, t.getPredicate(), blanks, 0) + " " + fmt(graph, t.getObject(), blanks, 0)));
        return sha(lines);
    }

    private static String fmt(Graph graph, Node n, Map<Node, String> blanks, int depth) {
        if (!n.isBlank()) {
            return NodeFmtLib.strNT(n);
        }
        String known = blanks.get(n);
        if (known != null) {
            return known;
        }
        if (depth > 20) {
            return "_:deep";
        }
        List<String> props = new ArrayList<>();
        graph.find(n, Node.ANY, Node.ANY).forEach(t -> props.add(NodeFmtLib.strNT(t.getPredicate()) + " "
                + fmt(graph, t.getObject(), blanks, depth + 1)));
        String label = "_:" + sha(props).substring(0, 16);
        blanks.put(n, label);
        return label;
    }

    private static String sha(List<String> lines) {
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
