package org.canon.graph.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.canon.graph.external.ExternalIris;
import org.canon.graph.external.Scheme;
import org.canon.graph.mapping.MappingSet;
import org.canon.graph.mapping.SssomReader;
import org.canon.graph.mapping.SssomWriter;
import org.canon.graph.source.SourceFile;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Suggestions on the small fixtures: known first candidates, evidence, scores, and their SSSOM records. */
class SuggestionEngineTest {
    static final String SOFTWARE_DEVELOPER = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
    static SuggestionFixtures fixtures;
    static SuggestionEngine engine;

    @BeforeAll
    static void open() {
        fixtures = SuggestionFixtures.open("suggest");
        engine = fixtures.service().engine();
    }

    @AfterAll
    static void close() {
        fixtures.close();
    }

    @Test
    void onetSoftwareDevelopersFindEscoSoftwareDeveloperFirstThroughThePublishedMappings() {
        List<SuggestionEngine.Candidate> c = engine.suggest(ExternalIris.onetOccupation("15-1252.00"), Scheme.ESCO, 10);
        assertThat(c.get(0).target().iri()).isEqualTo(SOFTWARE_DEVELOPER);
        assertThat(c.get(0).rank()).isEqualTo(1);
        SuggestionEngine.MappingChain chain = c.get(0).evidence().chain();
        assertThat(chain).isNotNull();
        assertThat(chain.steps()).hasSize(4);
        assertThat(chain.steps().get(0).from()).isEqualTo(ExternalIris.onetOccupation("15-1252.00"));
        assertThat(chain.steps().get(3).to()).isEqualTo(SOFTWARE_DEVELOPER);
        assertThat(c.get(0).evidence().sharedTitles()).isNotEmpty();
        assertThat(c).allSatisfy(x -> assertThat(x.score()).isBetween(0.0, 1.0));
        assertThat(c).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void theOtherWayToo() {
        List<SuggestionEngine.Candidate> c = engine.suggest(SOFTWARE_DEVELOPER, Scheme.ONET_SOC, 3);
        assertThat(c.get(0).target().notation()).isEqualTo("15-1252.00");
    }

    @Test
    void aCanonProfileReachesEscoAndIscoThroughItsCuratedMapping() {
        String profile = Canon.profile("SOFTWARE.SOFTWAREBE4127.P3");
        assertThat(engine.suggest(profile, Scheme.ESCO, 3).get(0).target().iri()).isEqualTo(SOFTWARE_DEVELOPER);
        SuggestionEngine.Candidate isco = engine.suggest(profile, Scheme.ISCO08, 3).get(0);
        assertThat(isco.target().notation()).isEqualTo("2512");
        assertThat(isco.evidence().chain().steps().get(0).mapping()).contains("canon-onet-curated");
        assertThat(engine.byCode(Scheme.ESCO, "2512.4").map(e -> e.iri())).contains(SOFTWARE_DEVELOPER);
        assertThat(engine.byCode(Scheme.ESCO, "9999")).isEmpty();
    }

    @Test
    void materialisedAsSssomRecordsThatAreNotAssertedMappings() {
        Graph g = fixtures.store.read(SuggestionRecords.graphName(Scheme.ONET_SOC, Scheme.ESCO));
        Node set = NodeFactory.createURI(SuggestionRecords.setIri(Scheme.ONET_SOC, Scheme.ESCO));
        assertThat(g.contains(set, RDF.type.asNode(), NodeFactory.createURI(Canon.SSSOM + "MappingSet"))).isTrue();
        assertThat(g.contains(Node.ANY, RDF.type.asNode(), OWL2.Axiom.asNode())).isFalse();
        assertThat(g.contains(Node.ANY, NodeFactory.createURI(Canon.SSSOM + "object_id"),
                NodeFactory.createURI(SOFTWARE_DEVELOPER))).isTrue();
        assertThat(g.find(Node.ANY, NodeFactory.createURI(Canon.SSSOM + "mapping_tool_version"), Node.ANY).next()
                .getObject().getLiteralLexicalForm()).contains("weights fitted");
        for (Scheme[] pair : SuggestionBuilder.MATERIALISED) {
            assertThat(fixtures.store.graphNames()).contains(SuggestionRecords.graphName(pair[0], pair[1]));
        }
    }

    @Test
    void exportedAsSssomTsvThatReadsBack() {
        Graph g = fixtures.store.read(SuggestionRecords.graphName(Scheme.CANON, Scheme.ESCO));
        StringWriter out = new StringWriter();
        SssomWriter.write(g, SuggestionRecords.setIri(Scheme.CANON, Scheme.ESCO), iri -> Optional.of("label"), out);
        String tsv = out.toString();
        assertThat(tsv).contains("# mapping_set_version:", "# creator_id:", "# subject_source: ", "# object_source: ",
                "# mapping_tool_version:");
        MappingSet read = SssomReader.read(new SourceFile("canon-to-esco.sssom.tsv",
                () -> new java.io.ByteArrayInputStream(tsv.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        long records = g.find(Node.ANY, NodeFactory.createURI(Canon.SSSOM + "mappings"), Node.ANY).toList().size();
        assertThat(read.rows()).hasSize((int) records);
        assertThat(read.rows()).allSatisfy(r -> {
            assertThat(r.subject()).startsWith(Canon.ID + "profile/");
            assertThat(r.confidence()).isNotNull();
        });
        assertThat(tsv.lines().filter(l -> !l.startsWith("#")).skip(1)).allSatisfy(l -> assertThat(l).startsWith("CANON:"));
    }
}
