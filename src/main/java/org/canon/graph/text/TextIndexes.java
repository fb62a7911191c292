package org.canon.graph.text;

import java.util.Optional;
import java.util.UUID;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.util.Context;
import org.canon.graph.derive.PendingStore;
import org.canon.graph.store.CanonStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text index a running service uses: the generation the store names, opened at start-up (or built from the
 * store when this machine does not have it, as with a remote store, or after a crash between the store's commit
 * and the switch of the index), and replaced when a load or import publishes a new one. When given the store's
 * query context, it also puts the index there for jena-text's {@code text:query}.
 */
public final class TextIndexes implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TextIndexes.class);
    private final TextIndexFolder folder;
    private volatile Context sparqlContext;
    private volatile TextIndex current;

    /** @param folder where the generations live */
    public TextIndexes(TextIndexFolder folder) {
        this.folder = folder;
    }

    /** Puts the index in use, now and after every switch, into this query context for {@code text:query}. */
    public synchronized TextIndexes serveSparql(Context context) {
        this.sparqlContext = context;
        if (current != null) {
            context.set(TextQuery.textIndex, current.forSparql());
        }
        return this;
    }

    /** Opens the generation that matches the store, building it from the store first if this machine lacks it. */
    public TextIndexes start(CanonStore store) {
        PendingStore view = PendingStore.of(store);
        Optional<String> stamp = TextIndexBuilder.stampOf(view);
        Optional<String> here = folder.current();
        if (stamp.isPresent() && stamp.equals(here)) {
            use(TextIndex.open(folder.generation(here.get())));
            return this;
        }
        long t0 = System.nanoTime();
        String id = stamp.orElse("local-" + UUID.randomUUID());
        TextIndexWriter.write(folder.generation(id), TextCorpus.read(view));
        folder.publish(id);
        use(TextIndex.open(folder.generation(id)));
        log.info("Built the text index ({} entries) from {} in {} ms, in {}", current.size(), store.describe(),
                (System.nanoTime() - t0) / 1_000_000, folder.generation(id));
        return this;
    }

    /** The index in use, if any. */
    public Optional<TextIndex> current() {
        return Optional.ofNullable(current);
    }

    /** Switches to a newly published index; the previous one is closed. */
    public synchronized void use(TextIndex index) {
        TextIndex old = current;
        current = index;
        if (sparqlContext != null) {
            sparqlContext.set(TextQuery.textIndex, index.forSparql());
        }
        if (old != null && old != index) {
            old.close();
        }
    }

    public TextIndexFolder folder() {
        return folder;
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
