package org.canon.graph.derive;

import java.util.Map;
import org.apache.jena.graph.Graph;

/**
 * Builds graphs derived from the store's content (suggestions, a text index beside the store, ...). Loads and
 * imports run every builder after their own graphs are prepared and before their transaction, over the store
 * as it will be ({@link PendingStore}); the graphs built are stored in the same transaction.
 */
public interface DerivedGraphBuilder {

    /** A short name for logs and reports. */
    String name();

    /** Whether this builder has work to do after a change of these graph names (e.g. only the taxonomy). */
    default boolean concerns(java.util.Set<String> changedGraphs) {
        return true;
    }

    /** Builds the derived graphs; nothing is stored or published yet. */
    Derived build(PendingStore pending);

    /**
     * What a builder built: graphs to replace in the store, and what to do once the store's transaction has
     * committed (e.g. switch to a new text index) or failed (e.g. delete it).
     */
    record Derived(Map<String, Graph> graphs, Runnable onCommit, Runnable onFailure) {
        public static Derived of(Map<String, Graph> graphs) {
            return new Derived(graphs, () -> { }, () -> { });
        }
    }
}
