package org.canon.graph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** The embedded store: a TDB2 dataset in a folder, with the union of the named graphs as its default graph. */
public final class Tdb2Store implements CanonStore {
    private final Path dir;
    private final DatasetGraph dsg;

    private Tdb2Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (or creates) the TDB2 store in {@code dir}.
     *
     * @throws StoreException when the folder cannot be created or written
     */
    public static Tdb2Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store folder " + dir.toAbsolutePath() + ": " + e, e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("The store folder " + dir.toAbsolutePath() + " is not writable "
                    + "(set canon.store.dir to a writable folder)");
        }
        try {
            return new Tdb2Store(dir, DatabaseMgr.connectDatasetGraph(dir.toString()));
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open the TDB2 store in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void replaceGraphs(Map<String, Graph> graphs, Set<String> drop) {
        Txn.executeWrite(dsg, () -> {
            for (String name : drop) {
                dsg.removeGraph(NodeFactory.createURI(name));
            }
            graphs.forEach((name, graph) -> {
                Node g = NodeFactory.createURI(name);
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                graph.find().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            });
        });
    }

    @Override
    public Set<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            Set<String> names = new TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
    }

    @Override
    public long size(String graphName) {
        return Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI(graphName)).size());
    }

    @Override
    public Graph read(String graphName) {
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(graphName)).find().forEach(copy::add);
            return copy;
        });
    }

    @Override
    public RDFConnection connect() {
        Dataset ds = DatasetFactory.wrap(dsg);
        return RDFConnection.connect(ds);
    }

    @Override
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    @Override
    public String describe() {
        return "TDB2 " + dir.toAbsolutePath();
    }

    @Override
    public void close() {
        dsg.close();
    }
}
