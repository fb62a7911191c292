package org.canon.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.canon.graph.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link CanonStore#apply}: drops, replacements, deletions and additions in one transaction; literals written in
 * canonical form and deleted by value, including, in a TDB2 store, decimals that an earlier version wrote with
 * trailing zeros (which TDB2 5.6 finds by no pattern, apache/jena#3404).
 */
class GraphChangesTest {
    static final String A = "https://example.org/graph/a";
    static final String B = "https://example.org/graph/b";
    static final String C = "https://example.org/graph/c";
    CanonStore store;

    @BeforeEach
    void open() {
        store = TestStores.open("changes");
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Graph turtle(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("@prefix : <https://example.org/> . " + ttl, Lang.TURTLE).parse(g);
        return g;
    }

    static List<String> triples(Graph g) {
        return g.find().mapWith(Triple::toString).toList().stream().sorted().toList();
    }

    @Test
    void everyKindOfChangeInOneGo() {
        store.replaceGraphs(Map.of(A, turtle(":s :p 0.90 , 2 ; :q :o ."), B, turtle(":x :y :z ."),
                C, turtle(":c :c :c .")), Set.of());
        store.apply(new GraphChanges(Map.of(B, turtle(":x :y :w .")), Set.of(C),
                Map.of(A, turtle(":s :p 0.9 ; :q :o .")), Map.of(A, turtle(":s :p 0.95 ; :r \"text\"@en ."))));
        assertThat(store.graphNames()).containsExactlyInAnyOrder(A, B);
        assertThat(triples(store.read(A))).isEqualTo(triples(turtle(":s :p 0.95 , 2 ; :r \"text\"@en .")));
        assertThat(triples(store.read(B))).isEqualTo(triples(turtle(":x :y :w .")));
    }

    @Test
    void literalsAreWrittenInCanonicalForm() {
        store.replaceGraphs(Map.of(A, turtle(":s :p 0.90 , \"088\"^^<http://www.w3.org/2001/XMLSchema#integer> .")),
                Set.of());
        assertThat(triples(store.read(A))).isEqualTo(triples(turtle(":s :p 0.9 , 88 .")));
    }

    @Test
    void aDecimalWrittenWithTrailingZerosByAnEarlierVersionIsDeletedAndReplaced() {
        assumeFalse(TestStores.remote(), "the TDB2 node ids of the embedded store");
        var dsg = store.datasetGraph();
        Node a = NodeFactory.createURI(A);
        Txn.executeWrite(dsg, () -> turtle(":s :p 0.90 . :t :p 0.80 .").find()
                .forEach(t -> dsg.add(a, t.getSubject(), t.getPredicate(), t.getObject())));
        store.apply(new GraphChanges(Map.of(), Set.of(), Map.of(A, turtle(":s :p 0.9 .")), Map.of(A, turtle(":s :p 0.95 ."))));
        assertThat(triples(store.read(A))).isEqualTo(triples(turtle(":s :p 0.95 . :t :p 0.8 .")));
        store.replaceGraphs(Map.of(A, turtle(":u :p 1 .")), Set.of());
        assertThat(triples(store.read(A))).isEqualTo(triples(turtle(":u :p 1 .")));
        Txn.executeWrite(dsg, () -> dsg.add(a, NodeFactory.createURI("https://example.org/v"),
                NodeFactory.createURI("https://example.org/p"), turtle(":v :p 0.50 .").find().next().getObject()));
        store.replaceGraphs(Map.of(), Set.of(A));
        assertThat(store.graphNames()).doesNotContain(A);
    }
}
