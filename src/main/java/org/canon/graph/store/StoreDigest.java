package org.canon.graph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A SHA-256 digest of every named graph of a store (of its sorted N-Triples lines), to show that a failed
 * load or import left the store exactly as it was.
 */
public final class StoreDigest {
    private StoreDigest() {}

    /** Graph name to digest, for every named graph of the dataset. */
    public static Map<String, String> of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> digests = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining(name -> digests.put(name.getURI(), digest(dsg.getGraph(name))));
            return digests;
        });
    }

    /** The digest of one graph. */
    public static String digest(Graph graph) {
        List<String> lines = new ArrayList<>();
        graph.find().forEach((Triple t) -> lines.add(fmt(t.getSubject()) + " " + fmt(t.getPredicate()) + " " + fmt(t.getObject())));
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

    private static String fmt(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
