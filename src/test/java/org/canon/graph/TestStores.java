package org.canon.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.RemoteStore;
import org.canon.graph.store.Tdb2Store;

/**
 * Stores for tests, in the mode the suite runs in: embedded (a fresh TDB2 folder under target/, never under
 * src/) or remote (system property {@code canon.test.store-mode=remote}: an emptied dataset of the test Fuseki
 * server, see {@link RemoteFuseki}).
 */
public final class TestStores {
    private TestStores() {}

    /** Whether the suite runs over the remote store. */
    public static boolean remote() {
        return "remote".equals(System.getProperty("canon.test.store-mode"));
    }

    /** A new, empty store. */
    public static CanonStore open(String prefix) {
        if (!remote()) {
            return Tdb2Store.open(newFolder(prefix));
        }
        RemoteStore store = new RemoteStore(RemoteFuseki.get().nextDatasetUrl(), "sparql", "update", null, null);
        store.replaceGraphs(Map.of(), Set.copyOf(store.graphNames()));
        return store;
    }

    public static Path newFolder(String prefix) {
        try {
            Path base = Path.of("target", "test-stores");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
