package org.canon.graph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL2;
import org.canon.graph.source.SourceFile;
import org.junit.jupiter.api.Test;

/** SSSOM chaining rules, and chains derived across mapping sets with confidence and path. */
class ChainedMappingsTest {
    static final String S = "http://www.w3.org/2004/02/skos/core#";

    @Test
    void predicatesComposeBySssomRules() {
        assertThat(ChainedMappings.compose(S + "exactMatch", S + "broadMatch")).isEqualTo(S + "broadMatch");
        assertThat(ChainedMappings.compose(S + "narrowMatch", S + "exactMatch")).isEqualTo(S + "narrowMatch");
        assertThat(ChainedMappings.compose(S + "broadMatch", S + "broadMatch")).isEqualTo(S + "broadMatch");
        assertThat(ChainedMappings.compose(S + "narrowMatch", S + "broadMatch")).isNull();
        assertThat(ChainedMappings.compose(S + "broadMatch", S + "narrowMatch")).isEqualTo(S + "relatedMatch");
        assertThat(ChainedMappings.compose(S + "closeMatch", S + "exactMatch")).isEqualTo(S + "closeMatch");
        assertThat(ChainedMappings.chainsFurther(S + "closeMatch")).isFalse();
        assertThat(ChainedMappings.chainsFurther(S + "relatedMatch")).isFalse();
        assertThat(ChainedMappings.inverse(S + "broadMatch")).isEqualTo(S + "narrowMatch");
    }

    static Graph set(String name, String rows) {
        String text = """
                # mapping_set_id: https://w3id.org/canon/mappings/%s
                # license: https://creativecommons.org/licenses/by/4.0/
                # curie_map:
                #   ONET: https://w3id.org/canon/external/onet-soc/
                #   SOC: https://w3id.org/canon/external/soc2018/
                #   SOC10: https://w3id.org/canon/external/soc2010/
                #   ISCO: http://data.europa.eu/esco/isco/C
                #   ESCO: http://data.europa.eu/esco/occupation/
                subject_id\tpredicate_id\tobject_id\tmapping_justification\tconfidence
                """.formatted(name) + rows;
        return SssomReader.read(new SourceFile(name + ".sssom.tsv",
                () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).toGraph();
    }

    @Test
    void chainsFromOnetToEscoThroughSocAndIsco() {
        Graph onetSoc = set("onet-soc", "ONET:15-1211.01\tskos:broadMatch\tSOC:15-1211\tsemapv:ManualMappingCuration\t1\n");
        Graph soc = set("soc10-soc18", "SOC10:15-1121\tskos:exactMatch\tSOC:15-1211\tsemapv:ManualMappingCuration\t1\n");
        Graph isco = set("isco-soc10", "ISCO:2511\tskos:closeMatch\tSOC10:15-1121\tsemapv:ManualMappingCuration\t0.8\n"
                + "ISCO:2519\tskos:exactMatch\tSOC10:15-1121\tsemapv:ManualMappingCuration\t0.9\n");
        Graph esco = set("esco-isco", "ESCO:abc\tskos:broadMatch\tISCO:2519\tsemapv:ManualMappingCuration\t1\n");
        Graph derived = ChainedMappings.derive(List.of(onetSoc, soc, isco, esco));

        Map<String, String> predicateByTarget = derived.find(Node.ANY, OWL2.annotatedTarget.asNode(), Node.ANY).toList()
                .stream().collect(Collectors.toMap(t -> t.getObject().getURI(),
                        t -> derived.find(t.getSubject(), OWL2.annotatedProperty.asNode(), Node.ANY).next().getObject().getURI(),
                        (a, b) -> a));
        // O*NET 15-1211.01 broadMatch SOC 15-1211 (direct, not derived); exactMatch SOC 2010 15-1121 -> broadMatch
        assertThat(predicateByTarget).containsEntry("https://w3id.org/canon/external/soc2010/15-1121", S + "broadMatch");
        // SOC 2010 -> ISCO 2519 is exactMatch read backwards: still broadMatch
        assertThat(predicateByTarget).containsEntry("http://data.europa.eu/esco/isco/C2519", S + "broadMatch");
        // closeMatch does not compose with broadMatch: no chain to ISCO 2511
        assertThat(predicateByTarget).doesNotContainKey("http://data.europa.eu/esco/isco/C2511");
        // ISCO 2519 -> ESCO occupation is narrowMatch backwards (ESCO broadMatch ISCO): siblings, relatedMatch
        assertThat(predicateByTarget).containsEntry("http://data.europa.eu/esco/occupation/abc", S + "relatedMatch");

        Node toIsco = derived.find(Node.ANY, OWL2.annotatedTarget.asNode(), NodeFactory.createURI("http://data.europa.eu/esco/isco/C2519"))
                .next().getSubject();
        assertThat(derived.find(toIsco, NodeFactory.createURI("https://w3id.org/sssom/confidence"), Node.ANY).next()
                .getObject().getLiteralLexicalForm()).isEqualTo("0.9");
        assertThat(derived.find(toIsco, NodeFactory.createURI("https://w3id.org/canon/ontology#chainLength"), Node.ANY).next()
                .getObject().getLiteralLexicalForm()).isEqualTo("3");
        assertThat(derived.find(toIsco, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), Node.ANY).toList()).hasSize(3);
    }

    @Test
    void exactChainsReachEsco() {
        Graph onetSoc = set("onet-soc", "ONET:29-9021.00\tskos:exactMatch\tSOC:29-9021\tsemapv:ManualMappingCuration\t1\n");
        Graph soc = set("soc10-soc18", "SOC10:29-2071\tskos:exactMatch\tSOC:29-9021\tsemapv:ManualMappingCuration\t1\n");
        Graph isco = set("isco-soc10", "ISCO:3252\tskos:exactMatch\tSOC10:29-2071\tsemapv:ManualMappingCuration\t1\n");
        Graph esco = set("esco-isco", "ESCO:xyz\tskos:broadMatch\tISCO:3252\tsemapv:ManualMappingCuration\t1\n");
        Graph derived = ChainedMappings.derive(List.of(onetSoc, soc, isco, esco));
        Node target = NodeFactory.createURI("http://data.europa.eu/esco/occupation/xyz");
        var found = derived.find(Node.ANY, OWL2.annotatedTarget.asNode(), target).toList();
        assertThat(found).hasSize(1);
        // exact, exact, exact, then ESCO broadMatch ISCO read backwards = narrowMatch
        assertThat(derived.find(found.get(0).getSubject(), OWL2.annotatedProperty.asNode(), Node.ANY).next().getObject().getURI())
                .isEqualTo(S + "narrowMatch");
    }
}
