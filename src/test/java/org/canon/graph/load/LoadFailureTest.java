package org.canon.graph.load;

import org.canon.graph.source.SourceLayout;
import org.canon.graph.source.SourceException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.canon.graph.TestSources;
import org.canon.graph.TestStores;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.StoreDigest;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A load that fails for any reason reports where, and leaves every graph of the store as it was. The store is
 * loaded once; every test ends with it exactly as loaded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadFailureTest {
    CanonStore store;
    Path sources;
    Map<String, String> before;

    @BeforeAll
    void loadGoodSources() {
        store = TestStores.open("fail");
        new CanonLoader().load(SourceLayout.folder(Path.of(".")), store);
        before = StoreDigest.of(store);
    }

    @BeforeEach
    void copySources() {
        sources = TestSources.copy("fail");
    }

    @AfterAll
    void close() {
        store.close();
    }

    void assertUnchanged() {
        assertThat(StoreDigest.of(store)).isEqualTo(before);
    }

    @Test
    void brokenTurtleNamesFileAndLine() {
        TestSources.edit(sources.resolve("data/taxonomy/health.ttl"), "skos:prefLabel \"Health Informatics — M3\"@en ;",
                "skos:prefLabel \"Health Informatics — M3\"@en ;; ;; <<");
        assertThatThrownBy(() -> new CanonLoader().load(SourceLayout.folder(sources), store))
                .isInstanceOf(SourceException.class)
                .hasMessageMatching("(?s).*data/taxonomy/health\\.ttl, line \\d+, column \\d+: .*");
        assertUnchanged();
    }

    @Test
    void badLiteralIsAnErrorNotAWarning() {
        TestSources.edit(sources.resolve("data/taxonomy/health.ttl"), "0.90", "\"0.9x\"^^xsd:decimal");
        assertThatThrownBy(() -> new CanonLoader().load(SourceLayout.folder(sources), store))
                .isInstanceOf(SourceException.class).hasMessageContaining("data/taxonomy/health.ttl, line");
        assertUnchanged();
    }

    @Test
    void shapeViolationNamesFocusNodePathAndMessage() {
        TestSources.edit(sources.resolve("data/taxonomy/health.ttl"), "canon:HighConfidence ;\n    canon:confidenceScore 0.90",
                "canon:LowConfidence ;\n    canon:confidenceScore 0.90");
        assertThatThrownBy(() -> new CanonLoader().load(SourceLayout.folder(sources), store))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("Violation on " + Canon.profile("HEALTH.HEALTHIN8668.M3"))
                .hasMessageContaining("0.90");
        assertUnchanged();
    }

    @Test
    void mappingToAnUnknownProfileNamesFileAndLine() {
        TestSources.edit(sources.resolve("mappings/canon-onet-curated.sssom.tsv"), "CANON:HEALTH.HEALTHIN8668.M1\t",
                "CANON:HEALTH.HEALTHIN0000.M1\t");
        assertThatThrownBy(() -> new CanonLoader().load(SourceLayout.folder(sources), store))
                .isInstanceOf(SourceException.class)
                .hasMessageMatching("(?s).*mappings/canon-onet-curated\\.sssom\\.tsv, line \\d+: subject .*HEALTH\\.HEALTHIN0000\\.M1 is not a profile.*");
        assertUnchanged();
    }

    @Test
    void reloadReplacesGraphsInsteadOfAddingToThem() {
        Map<String, Long> sizes = dataSizes();
        new CanonLoader().load(SourceLayout.folder(sources), store);
        assertThat(dataSizes()).isEqualTo(sizes);
        // the reload recorded a release (the releases graph grows by design), and changed nothing else
        Map<String, String> now = StoreDigest.of(store);
        Map<String, String> data = new java.util.TreeMap<>(now);
        data.remove(Canon.GRAPH_RELEASES);
        Map<String, String> dataBefore = new java.util.TreeMap<>(before);
        dataBefore.remove(Canon.GRAPH_RELEASES);
        assertThat(data).isEqualTo(dataBefore);
        before = now;
    }

    /** The size of every graph but the releases graph. */
    Map<String, Long> dataSizes() {
        Map<String, Long> sizes = new java.util.TreeMap<>();
        store.graphNames().stream().filter(g -> !g.equals(Canon.GRAPH_RELEASES)).forEach(g -> sizes.put(g, store.size(g)));
        return sizes;
    }
}
