package org.canon.graph.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.dboe.DBOpEnvException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded store: a TDB2 dataset in a folder, with the union of the named graphs as its default graph. */
public final class Tdb2Store implements CanonStore {
    private static final Logger log = LoggerFactory.getLogger(Tdb2Store.class);
    /** Least free space on the store's disk for {@link #open(Path)}: 100 MB (canon.store.min-free-space). */
    public static final long DEFAULT_MIN_FREE_SPACE = 100L * 1024 * 1024;
    private final Path dir;
    private final DatasetGraph dsg;

    private Tdb2Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (or creates) the TDB2 store in {@code dir}, requiring {@link #DEFAULT_MIN_FREE_SPACE} free. */
    public static Tdb2Store open(Path dir) {
        return open(dir, DEFAULT_MIN_FREE_SPACE);
    }

    /**
     * Opens (or creates) the TDB2 store in {@code dir}, after checking that the folder is a folder, exists or
     * can be created, can be written (a probe file is created and deleted) and has at least {@code minFreeBytes}
     * free on its disk.
     *
     * @throws StoreException naming the folder and the cause when any check fails or TDB2 cannot open it;
     *     {@link StoreInUseException} when another process holds the store
     */
    public static Tdb2Store open(Path dir, long minFreeBytes) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new StoreException("The store folder " + abs + " is a file, not a folder " + SET_DIR);
        }
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new StoreException("The store folder " + abs + " cannot be created: " + whyNotCreated(abs, e)
                    + " " + SET_DIR, e);
        }
        try {
            Files.delete(Files.createTempFile(abs, ".canon-write-probe-", ""));
        } catch (IOException e) {
            throw new StoreException("The store folder " + abs + " cannot be written: " + reason(e) + " " + SET_DIR, e);
        }
        long free;
        try {
            free = Files.getFileStore(abs).getUsableSpace();
        } catch (IOException e) {
            throw new StoreException("Cannot tell the free space of the disk holding the store folder " + abs + ": "
                    + reason(e), e);
        }
        if (free < minFreeBytes) {
            throw new StoreException("The disk holding the store folder " + abs + " has only " + readable(free)
                    + " free; at least " + readable(minFreeBytes) + " are needed (free some space, set "
                    + "canon.store.dir to a folder on another disk, or lower canon.store.min-free-space)");
        }
        try {
            return new Tdb2Store(abs, DatabaseMgr.connectDatasetGraph(abs.toString()));
        } catch (DBOpEnvException e) {
            if (e.getMessage() != null && e.getMessage().contains("lock")) {
                throw new StoreInUseException("The store folder " + abs + " is in use by another process, most likely "
                        + "the running service (" + e.getMessage() + "); an embedded TDB2 store is opened by one process "
                        + "at a time", e);
            }
            throw new StoreException("Cannot open the TDB2 store in " + abs + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open the TDB2 store in " + abs + ": " + e.getMessage(), e);
        }
    }

    private static final String SET_DIR = "(set canon.store.dir to a folder this process can create and write)";

    /** Why a folder could not be created: the nearest existing ancestor that is a file, or the I/O error. */
    private static String whyNotCreated(Path dir, IOException e) {
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? reason(e) : p + " is a file, not a folder";
            }
        }
        return reason(e);
    }

    /** An I/O error in words: Java's file exceptions often carry only the path as their message. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String readable(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb < 10 * 1024 ? mb + " MB" : String.format(java.util.Locale.ROOT, "%.1f GB", mb / 1024.0);
    }

    @Override
    public void replaceGraphs(Map<String, Graph> graphs, Set<String> drop) {
        log.debug("Write transaction begins: replacing {} graph(s), dropping {} in {}", graphs.size(), drop.size(),
                dir);
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
        log.debug("Write transaction committed in {}", dir);
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
