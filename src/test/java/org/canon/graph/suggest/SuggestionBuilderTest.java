package org.canon.graph.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.canon.graph.TestStores;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.text.TextIndexBuilder;
import org.canon.graph.text.TextIndexFolder;
import org.canon.graph.text.TextIndexes;
import org.canon.graph.vocab.Sssom;
import org.junit.jupiter.api.Test;

/**
 * A load into a store without any external scheme writes every suggestion set, each with its header and no mapping:
 * there is nothing to suggest in any direction (and nothing is computed for it). With the external fixtures imported,
 * the same sets hold mappings ({@code SuggestionApiTests}, {@code SuggestionEngineTest}).
 */
class SuggestionBuilderTest {

    @Test
    void withoutExternalSchemesEverySetIsWrittenEmpty() {
        TextIndexFolder folder = new TextIndexFolder(TestStores.newFolder("suggest-empty-text"));
        try (TextIndexes indexes = new TextIndexes(folder); CanonStore store = TestStores.open("suggest-empty")) {
            List<DerivedGraphBuilder> builders = List.of(new TextIndexBuilder(folder, indexes::use),
                    new SuggestionBuilder(ScoringModel.shipped(), 10, "canon-graph test"));
            new CanonLoader(builders).load(SourceLayout.folder(Path.of(".")), store);
            for (org.canon.graph.external.Scheme[] pair : SuggestionBuilder.MATERIALISED) {
                String name = SuggestionRecords.graphName(pair[0], pair[1]);
                assertThat(store.graphNames()).as(name).contains(name);
                Graph g = store.read(name);
                assertThat(g.find(Node.ANY, RDF.type.asNode(), Sssom.MappingSet.asNode()).toList()).as(name).hasSize(1);
                assertThat(g.find(Node.ANY, Sssom.mappings.asNode(), Node.ANY).toList()).as(name).isEmpty();
            }
        }
    }
}
