package org.canon.graph.suggest;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.canon.graph.TestStores;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.text.TextIndexBuilder;
import org.canon.graph.text.TextIndexFolder;
import org.canon.graph.text.TextIndexes;

/**
 * A store holding the shipped sources and the hand-written external fixtures (test resources {@code external/}),
 * loaded and imported with the text index and suggestion builders, as the service does.
 */
public final class SuggestionFixtures implements AutoCloseable {
    public final CanonStore store;
    public final TextIndexes indexes;

    private SuggestionFixtures(CanonStore store, TextIndexes indexes) {
        this.store = store;
        this.indexes = indexes;
    }

    public static SuggestionFixtures open(String prefix) {
        TextIndexFolder folder = new TextIndexFolder(TestStores.newFolder(prefix + "-text"));
        TextIndexes indexes = new TextIndexes(folder);
        List<DerivedGraphBuilder> builders = List.of(new TextIndexBuilder(folder, indexes::use),
                new SuggestionBuilder(ScoringModel.shipped(), 10, "canon-graph test"));
        CanonStore store = TestStores.open(prefix);
        new CanonLoader(builders).load(SourceLayout.folder(Path.of(".")), store);
        new ExternalImporter(builders).importInto(List.of(externalFixtures()), store);
        return new SuggestionFixtures(store, indexes);
    }

    /** The folder of the external fixtures. */
    public static Path externalFixtures() {
        try {
            return Path.of(SuggestionFixtures.class.getResource("/external").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public SuggestionService service() {
        return new SuggestionService(store, indexes, ScoringModel.shipped());
    }

    @Override
    public void close() {
        indexes.close();
        store.close();
    }
}
