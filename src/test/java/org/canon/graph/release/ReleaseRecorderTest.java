package org.canon.graph.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.TestStores;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceException;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.StoreDigest;
import org.canon.graph.vocab.Canon;
import org.canon.graph.vocab.ReleaseRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Releases recorded by loads of the hand-made releases ({@link ReleaseFixtures}): numbered and chained, with their
 * sources' checksums and graph sizes, the change log exact against the edits each release made, and the store after
 * a reload (which writes only the triples that changed) the same as after a load into an empty store.
 */
class ReleaseRecorderTest {
    static final String P = Canon.ID + "profile/LOGISTICS.LOGISTICSWO1024.";
    CanonStore store;

    @BeforeEach
    void open() {
        store = TestStores.open("releases");
    }

    @AfterEach
    void close() {
        store.close();
    }

    RecordedRelease load(String release) {
        return new CanonLoader().load(ReleaseFixtures.layout(release), store).release();
    }

    @Test
    void releasesAreNumberedInOrderAndEachRevisesTheOneBefore() {
        RecordedRelease first = load("r1");
        RecordedRelease second = load("r2");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.previous()).isNull();
        assertThat(first.kind()).isEqualTo(RecordedRelease.Kind.LOAD);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.previous()).isEqualTo(1);
        Graph releases = store.read(Canon.GRAPH_RELEASES);
        assertThat(releases.contains(uri(Canon.release(2)), ReleaseRecords.wasRevisionOf.asNode(), uri(Canon.release(1))))
                .isTrue();
        assertThat(releases.find(uri(Canon.release(1)), ReleaseRecords.wasRevisionOf.asNode(), Node.ANY).hasNext()).isFalse();
        assertThat(releases.contains(uri(Canon.release(2)), ReleaseRecords.version.asNode(),
                NodeFactory.createLiteralString("2"))).isTrue();
    }

    @Test
    void aReleaseRecordsItsSourceFilesWithTheirSha256() throws IOException {
        RecordedRelease r = load("r1");
        Path root = ReleaseFixtures.folder("r1");
        Map<String, String> expected = new TreeMap<>();
        for (String file : List.of("ontology/canon.ttl", "ontology/canon-esco-alignment.ttl",
                "ontology/canon-shapes.ttl", "data/taxonomy/core.ttl", "data/taxonomy/logistics.ttl",
                "mappings/logistics-onet.sssom.tsv")) {
            expected.put(file, sha256(root.resolve(file)));
        }
        Map<String, String> recorded = new TreeMap<>();
        r.sources().forEach(s -> recorded.put(s.name(), s.sha256()));
        assertThat(recorded).isEqualTo(expected);
    }

    @Test
    void aReleaseCountsTheTriplesOfEveryGraphAfterIt() {
        load("r1");
        RecordedRelease r = load("r3");
        Map<String, Long> actual = new TreeMap<>();
        store.graphNames().stream().filter(g -> !g.equals(Canon.GRAPH_RELEASES))
                .forEach(g -> actual.put(g, store.size(g)));
        assertThat(r.graphs()).isEqualTo(actual).containsKey(Canon.GRAPH_RETIRED);
    }

    @Test
    void theChangeLogOfRelease2IsTheEditsItMade() {
        load("r1");
        List<String> changes = load("r2").changes().stream().map(ReleaseRecorderTest::describe).toList();
        assertThat(changes).containsExactly(
                "CHANGED focus/LOGISTICSWO1024: ontology#focusSkill skill/quality-control-analysis -> skill/troubleshooting",
                "CHANGED profile/LOGISTICS.LOGISTICSWO1024.M1: schema.org/estimatedSalary schema.org/median 62000.0 -> 65000.0",
                "CHANGED profile/LOGISTICS.LOGISTICSWO1024.M2: core#prefLabel \"Warehouse Operations — M2\"@en -> "
                        + "\"Warehouse Operations Manager — M2\"@en",
                "RETIRED profile/LOGISTICS.LOGISTICSWO1024.P1: terms/isReplacedBy - -> profile/LOGISTICS.LOGISTICSWO1024.P2; "
                        + "ontology#recordStatus ontology#Approved -> ontology#Retired",
                "CHANGED profile/LOGISTICS.LOGISTICSWO1024.P2: core#broadMatch onet-soc/43-5071.00 -> onet-soc/43-5081.00; "
                        + "core#broadMatch sssom/confidence 0.7 -> 0.75",
                "ADDED profile/LOGISTICS.LOGISTICSWO1024.P3");
    }

    @Test
    void aReloadLeavesTheStoreAsALoadIntoAnEmptyStoreWould() {
        load("r1");
        load("r2");
        try (CanonStore fresh = TestStores.open("releases-fresh")) {
            new CanonLoader().load(ReleaseFixtures.layout("r2"), fresh);
            assertThat(data(store)).isEqualTo(data(fresh));
        }
    }

    @Test
    void theSameSourcesAgainMakeAReleaseWithoutChanges() {
        load("r2");
        Map<String, String> before = data(store);
        RecordedRelease again = load("r2");
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.changes()).isEmpty();
        assertThat(data(store)).isEqualTo(before);
    }

    @Test
    void invalidSourcesChangeNothingAndRecordNoRelease() {
        load("r1");
        Map<String, String> before = StoreDigest.of(store);
        assertThatThrownBy(() -> load("invalid")).isInstanceOf(SourceException.class)
                .satisfies(e -> assertThat(((SourceException) e).problems()).anySatisfy(p -> assertThat(p)
                        .contains(P + "P1").contains(P + "P9").contains("dcterms:isReplacedBy")));
        assertThat(StoreDigest.of(store)).isEqualTo(before);
        assertThat(load("r2").version()).isEqualTo(2);
    }

    @Test
    void aRemovedProfileStaysResolvableUntilItComesBack() {
        load("r1");
        load("r2");
        RecordedRelease third = load("r3");
        assertThat(third.changes()).extracting(c -> c.type() + " " + c.code() + " " + c.label())
                .containsExactly("REMOVED LOGISTICS.LOGISTICSWO1024.M1 Warehouse Operations — M1");
        Graph retired = store.read(Canon.GRAPH_RETIRED);
        Node m1 = uri(P + "M1");
        assertThat(retired.contains(m1, RDF.type.asNode(), SKOS.Concept.asNode())).isTrue();
        assertThat(retired.contains(m1, OWL2.deprecated.asNode(), Node.ANY)).isTrue();
        assertThat(retired.contains(m1, SKOS.notation.asNode(), NodeFactory.createLiteralString(
                "LOGISTICS.LOGISTICSWO1024.M1"))).isTrue();
        assertThat(retired.contains(m1, SKOS.prefLabel.asNode(), Node.ANY)).isTrue();

        RecordedRelease back = load("r2");
        assertThat(back.changes()).extracting(c -> c.type() + " " + c.code())
                .containsExactly("ADDED LOGISTICS.LOGISTICSWO1024.M1");
        assertThat(store.graphNames()).doesNotContain(Canon.GRAPH_RETIRED);
    }

    /** The digests of every graph but the releases graph (whose dates and numbers differ from store to store). */
    static Map<String, String> data(CanonStore store) {
        Map<String, String> d = new TreeMap<>(StoreDigest.of(store));
        d.remove(Canon.GRAPH_RELEASES);
        return d;
    }

    /** A change in short: type, concept and values, IRIs without their common prefixes. */
    static String describe(ConceptChange c) {
        StringBuilder b = new StringBuilder(c.type() + " " + shorter(c.concept()));
        for (int i = 0; i < c.values().size(); i++) {
            ConceptChange.Value v = c.values().get(i);
            b.append(i == 0 ? ": " : "; ").append(v.via() == null ? "" : shorter(v.via()) + " ")
                    .append(shorter(v.property())).append(' ').append(text(v.oldValue())).append(" -> ")
                    .append(text(v.newValue()));
        }
        return b.toString();
    }

    private static String text(Node n) {
        return n == null ? "-" : n.isURI() ? shorter(n.getURI()) : n.isLiteral() && n.getLiteralLanguage().isEmpty()
                ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String shorter(String iri) {
        return iri.replace(Canon.ID, "").replace("https://w3id.org/canon/external/", "").replace("https://", "")
                .replace("http://www.w3.org/2004/02/skos/", "").replace("https://w3id.org/canon/", "")
                .replace("http://purl.org/dc/", "").replace("w3id.org/canon/", "").replace("w3id.org/", "");
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
