package org.canon.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.canon.graph.TestStores;
import org.canon.graph.source.SourceFile;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The load derives the derived graph ({@code sparql/derived/*.rq}) from the taxonomy it loads and stores it with
 * the other graphs. (A derivation that cannot run stops the load, naming its file, and leaves the store as it was:
 * cases {@code derivation-*} of the bad-input corpus.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DerivedGraphTest {
    static final Node RETIRED = NodeFactory.createURI(Canon.NS + "Retired");
    static final Node RECORD_STATUS = NodeFactory.createURI(Canon.NS + "recordStatus");
    CanonStore store;

    @BeforeAll
    void loadGoodSources() {
        store = TestStores.open("derived");
        new CanonLoader().load(SourceLayout.folder(Path.of(".")), store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void everyProfileHasThePeerCountOfItsFunctionAndLevel() {
        Graph taxonomy = store.read(Canon.GRAPH_TAXONOMY);
        Graph derived = store.read(Canon.GRAPH_DERIVED);
        Map<Node, Long> expected = new HashMap<>();
        taxonomy.find(Node.ANY, RDF.type.asNode(), Canon.Profile.asNode()).forEachRemaining(p -> {
            Node profile = p.getSubject();
            long peers = taxonomy.find(Node.ANY, RDF.type.asNode(), Canon.Profile.asNode()).toList().stream()
                    .map(Triple::getSubject)
                    .filter(other -> !other.equals(profile) && !taxonomy.contains(other, RECORD_STATUS, RETIRED))
                    .filter(other -> object(taxonomy, other, Canon.function).equals(
                                    object(taxonomy, profile, Canon.function))
                            && object(taxonomy, other, Canon.level).equals(object(taxonomy, profile, Canon.level)))
                    .count();
            expected.put(profile, peers);
        });
        assertThat(expected).hasSize(132);
        expected.forEach((profile, peers) ->
                assertThat(peerCount(derived, profile)).as(profile.getURI()).isEqualTo(peers));
        assertThat(derived.size()).isEqualTo(expected.size());
        // HEALTH has three focuses; the M5 of HEALTHCD4127 is retired
        assertThat(peerCount(derived, node("HEALTH.HEALTHIN8668.M3"))).isEqualTo(2);
        assertThat(peerCount(derived, node("HEALTH.HEALTHIN8668.M5"))).isEqualTo(1);
        assertThat(peerCount(derived, node("HEALTH.HEALTHCD4127.M5"))).isEqualTo(2);
    }

    @Test
    void derivationsShipInTheJar() {
        assertThat(SourceLayout.shipped().derivationFiles()).extracting(SourceFile::name)
                .containsExactly("sparql/derived/peer-counts.rq");
        assertThat(SourceLayout.shipped().queryFiles()).extracting(SourceFile::name)
                .doesNotContain("sparql/derived/peer-counts.rq");
    }

    static Node object(Graph g, Node subject, org.apache.jena.rdf.model.Property property) {
        return g.find(subject, property.asNode(), Node.ANY).next().getObject();
    }

    static long peerCount(Graph derived, Node profile) {
        var values = derived.find(profile, Canon.peerCount.asNode(), Node.ANY).toList();
        assertThat(values).as("peer counts of " + profile.getURI()).hasSize(1);
        return ((Number) values.get(0).getObject().getLiteralValue()).longValue();
    }

    static Node node(String code) {
        return NodeFactory.createURI(Canon.profile(code));
    }
}
