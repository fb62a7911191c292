package org.canon.graph.text;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.derive.PendingStore;
import org.canon.graph.vocab.Canon;

/**
 * Builds a new generation of the text index at every load and import, from the store as it will be, and writes
 * its identifier into the graph {@value #GRAPH} in the same transaction; the generation becomes the one in use
 * only once that transaction has committed, and is deleted if it fails. The new index is shared with the builders
 * that run after this one ({@link PendingStore#shared}).
 */
public final class TextIndexBuilder implements DerivedGraphBuilder {
    /** The graph holding the identifier of the text index generation that matches the store. */
    public static final String GRAPH = Canon.GRAPH + "text-index";
    private final TextIndexFolder folder;
    private final Consumer<TextIndex> published;

    /**
     * @param folder    where the generations live
     * @param published told of the new index once it is in use (it then owns it); null to close it at once
     */
    public TextIndexBuilder(TextIndexFolder folder, Consumer<TextIndex> published) {
        this.folder = folder;
        this.published = published;
    }

    @Override
    public String name() {
        return "text index";
    }

    @Override
    public Derived build(PendingStore pending) {
        String id = UUID.randomUUID().toString();
        List<TextEntry> entries = TextCorpus.read(pending);
        TextIndexWriter.write(folder.generation(id), entries);
        TextIndex index = TextIndex.open(folder.generation(id));
        pending.share(TextIndex.class, index);
        return new Derived(Map.of(GRAPH, stamp(id)), () -> {
            folder.publish(id);
            if (published != null) {
                published.accept(index);
            } else {
                index.close();
            }
        }, () -> {
            index.close();
            folder.discard(id);
        });
    }

    /** The graph that names generation {@code id}. */
    static Graph stamp(String id) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(GRAPH), DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
        return g;
    }

    /** The generation the store names, if any. */
    public static java.util.Optional<String> stampOf(PendingStore store) {
        String[] id = {null};
        store.select(GRAPH, "SELECT ?id WHERE { ?g <" + DCTerms.identifier.getURI() + "> ?id }",
                row -> id[0] = row.getLiteral("id").getLexicalForm());
        return java.util.Optional.ofNullable(id[0]);
    }
}
