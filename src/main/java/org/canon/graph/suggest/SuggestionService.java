package org.canon.graph.suggest;

import java.util.List;
import org.canon.graph.derive.PendingStore;
import org.canon.graph.external.Scheme;
import org.canon.graph.store.CanonStore;
import org.canon.graph.text.TextIndex;
import org.canon.graph.text.TextIndexes;
import org.canon.graph.text.TextEntry;

/**
 * The suggestion engine of a running service or command, built from the store and the text index on first use
 * and again whenever a load or import has switched to a new text index.
 */
public class SuggestionService {
    private final CanonStore store;
    private final TextIndexes indexes;
    private final ScoringModel model;
    private TextIndex builtFrom;
    private SuggestionEngine engine;

    public SuggestionService(CanonStore store, TextIndexes indexes, ScoringModel model) {
        this.store = store;
        this.indexes = indexes;
        this.model = model;
    }

    /** The engine over the store as it is now. */
    public synchronized SuggestionEngine engine() {
        if (indexes.current().isEmpty()) {
            indexes.start(store);
        }
        TextIndex index = indexes.current().orElseThrow();
        if (engine == null || builtFrom != index) {
            engine = SuggestionEngine.build(PendingStore.of(store), index, model);
            builtFrom = index;
        }
        return engine;
    }

    /** The first {@code limit} suggestions for a concept in the target scheme. */
    public List<SuggestionEngine.Candidate> suggest(TextEntry source, Scheme target, int limit) {
        return engine().suggest(source.iri(), target, limit);
    }
}
