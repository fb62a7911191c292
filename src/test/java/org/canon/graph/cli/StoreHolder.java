package org.canon.graph.cli;

import java.nio.file.Path;
import org.canon.graph.store.Tdb2Store;

/**
 * A process that holds an embedded store, as the running service does: opens the TDB2 store in the folder given,
 * prints "held", and keeps it open until its standard input closes. Started by tests in a JVM of its own.
 */
public final class StoreHolder {
    private StoreHolder() {}

    public static void main(String[] args) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(Path.of(args[0]))) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
