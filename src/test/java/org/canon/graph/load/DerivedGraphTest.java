package org.canon.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
        assertThat(derived.find(Node.ANY, Canon.peerCount.asNode(), Node.ANY).toList()).hasSize(expected.size());
        // HEALTH has three focuses; the M5 of HEALTHCD4127 is retired
        assertThat(peerCount(derived, node("HEALTH.HEALTHIN8668.M3"))).isEqualTo(2);
        assertThat(peerCount(derived, node("HEALTH.HEALTHIN8668.M5"))).isEqualTo(1);
        assertThat(peerCount(derived, node("HEALTH.HEALTHCD4127.M5"))).isEqualTo(2);
    }

    @Test
    void everyPairOfLevelsHasItsStructuralDistanceForEachTaxonomyRelation() {
        Graph taxonomy = store.read(Canon.GRAPH_TAXONOMY);
        Graph derived = store.read(Canon.GRAPH_DERIVED);
        List<Node> levels = taxonomy.find(Node.ANY, RDF.type.asNode(), Canon.Level.asNode()).mapWith(Triple::getSubject).toList();
        assertThat(levels).hasSize(11);
        assertThat(derived.find(Node.ANY, RDF.type.asNode(), Canon.StructuralDistance.asNode()).toList())
                .hasSize(3 * levels.size() * levels.size());
        // the worked example of canon:distance, from HEALTH.HEALTHIN8668.M3
        assertEntry(derived, "same-focus/M3/M2", "0.058", "CloseMatchBand");
        assertEntry(derived, "same-focus/M3/P5", "0.15", "CloseMatchBand");
        assertEntry(derived, "same-function/M3/M3", "0.25", "RelatedMatchBand");
        assertEntry(derived, "other-function/M3/M3", "0.5", "DistantMatchBand");
        // the level distance is capped at 1 (6 grades or more apart), across tracks 0.15 more
        assertEntry(derived, "other-function/P1/M5", "1", "DistantMatchBand");
        assertEntry(derived, "same-focus/M3/M3", "0", "CloseMatchBand");
        Node entry = NodeFactory.createURI(Canon.ID + "structural-distance/same-focus/M3/P5");
        assertThat(object(derived, entry, Canon.fromLevel)).isEqualTo(NodeFactory.createURI(Canon.id("level", "M3")));
        assertThat(object(derived, entry, Canon.toLevel)).isEqualTo(NodeFactory.createURI(Canon.id("level", "P5")));
        assertThat(object(derived, entry, Canon.trackChange).getLiteralValue()).isEqualTo(1);
    }

    static void assertEntry(Graph derived, String path, String distance, String band) {
        Node entry = NodeFactory.createURI(Canon.ID + "structural-distance/" + path);
        assertThat(new java.math.BigDecimal(object(derived, entry, Canon.distance).getLiteralLexicalForm()))
                .as(path).isEqualByComparingTo(distance);
        assertThat(object(derived, entry, Canon.matchBand)).as(path).isEqualTo(NodeFactory.createURI(Canon.NS + band));
    }

    @Test
    void derivationsShipInTheJar() {
        assertThat(SourceLayout.shipped().derivationFiles()).extracting(SourceFile::name)
                .containsExactlyInAnyOrder("sparql/derived/peer-counts.rq", "sparql/derived/structural-distances.rq");
        assertThat(SourceLayout.shipped().queryFiles()).extracting(SourceFile::name)
                .doesNotContain("sparql/derived/peer-counts.rq", "sparql/derived/structural-distances.rq");
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
