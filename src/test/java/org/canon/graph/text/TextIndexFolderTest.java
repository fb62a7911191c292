package org.canon.graph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.canon.graph.TestStores;
import org.canon.graph.derive.DerivedGraphs;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.Test;

/** Generations of the text index: published only after the store commits, discarded when it fails. */
class TextIndexFolderTest {

    @Test
    void publishingSwitchesThePointerAndRemovesOlderGenerations() throws Exception {
        TextIndexFolder folder = new TextIndexFolder(TestStores.newFolder("gens"));
        TextIndexWriter.write(folder.generation("one"), TextIndexTest.ENTRIES);
        assertThat(folder.current()).isEmpty();
        folder.publish("one");
        TextIndexWriter.write(folder.generation("two"), TextIndexTest.ENTRIES.subList(0, 1));
        assertThat(folder.current()).contains("one");
        folder.publish("two");
        assertThat(folder.current()).contains("two");
        assertThat(Files.exists(folder.generation("one"))).isFalse();
    }

    @Test
    void aLoadThatFailsLeavesTheOldIndexAndTheStoreAsTheyWere() {
        TextIndexFolder folder = new TextIndexFolder(TestStores.newFolder("gens"));
        TextIndexes indexes = new TextIndexes(folder);
        try (CanonStore store = TestStores.open("text-atomic")) {
            DerivedGraphs.store(Map.of(), Set.of(), store, List.of(new TextIndexBuilder(folder, indexes::use)));
            String first = folder.current().orElseThrow();
            assertThat(TextIndexBuilder.stampOf(org.canon.graph.derive.PendingStore.of(store))).contains(first);
            Graph bad = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            CanonStore failing = new FailingStore(store);
            assertThatThrownBy(() -> DerivedGraphs.store(Map.of("https://example.org/g", bad), Set.of(), failing,
                    List.of(new TextIndexBuilder(folder, indexes::use)))).hasMessageContaining("refused");
            assertThat(folder.current()).contains(first);
            try (var dirs = Files.list(folder.root())) {
                assertThat(dirs.filter(p -> p.getFileName().toString().startsWith("gen-")).count()).isEqualTo(1);
            }
            assertThat(TextIndexBuilder.stampOf(org.canon.graph.derive.PendingStore.of(store))).contains(first);
            assertThat(indexes.current()).isPresent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            indexes.close();
        }
    }

    /** A store whose writes fail, as a store that refuses a transaction would. */
    private record FailingStore(CanonStore inner) implements CanonStore {
        @Override public void replaceGraphs(Map<String, Graph> graphs, Set<String> drop) {
            throw new IllegalStateException("the store refused the write");
        }
        @Override public Set<String> graphNames() { return inner.graphNames(); }
        @Override public long size(String graphName) { return inner.size(graphName); }
        @Override public Graph read(String graphName) { return inner.read(graphName); }
        @Override public org.apache.jena.rdfconnection.RDFConnection connect() { return inner.connect(); }
        @Override public org.apache.jena.sparql.core.DatasetGraph datasetGraph() { return inner.datasetGraph(); }
        @Override public String describe() { return "failing " + inner.describe(); }
        @Override public void close() { }
    }
}
