package org.canon.graph.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL2;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;
import org.junit.jupiter.api.Test;

/** SSSOM TSV mapping sets: header, columns by name, RDF form, and errors that name file and line. */
class SssomReaderTest {
    static final String HEADER = """
            # mapping_set_id: https://w3id.org/canon/mappings/test
            # license: https://creativecommons.org/licenses/by/4.0/
            # mapping_tool: test-tool
            # mapping_date: 2026-11-26
            # curie_map:
            #   CANON: https://w3id.org/canon/id/profile/
            #   ONET: https://w3id.org/canon/external/onet-soc/
            """;

    static SourceFile file(String text) {
        return new SourceFile("mappings/test.sssom.tsv", () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsRowsByColumnNameWithExtraColumnsAndHeaderSlots() {
        MappingSet set = SssomReader.read(file(HEADER + """
                extra\tobject_id\tpredicate_id\tsubject_id\tmapping_justification\tconfidence
                x\tONET:11-9111.00\tskos:broadMatch\tCANON:HEALTH.HEALTHIN8668.M3\tsemapv:ManualMappingCuration\t0.8
                """));
        assertThat(set.rows()).hasSize(1);
        MappingSet.Row row = set.rows().get(0);
        assertThat(row.subject()).isEqualTo("https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.M3");
        assertThat(row.object()).isEqualTo("https://w3id.org/canon/external/onet-soc/11-9111.00");
        assertThat(row.slots()).containsEntry("mapping_tool", "test-tool").containsEntry("mapping_date", "2026-11-26");
        assertThat(row.line()).isEqualTo(9);

        Graph g = set.toGraph();
        assertThat(g.contains(NodeFactory.createURI(row.subject()),
                NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#broadMatch"),
                NodeFactory.createURI(row.object()))).isTrue();
        assertThat(g.find(null, OWL2.annotatedSource.asNode(), NodeFactory.createURI(row.subject())).toList()).hasSize(1);
        assertThat(set.graphName()).isEqualTo("https://w3id.org/canon/graph/mappings/test");
    }

    @Test
    void missingColumnIsNamed() {
        assertThatThrownBy(() -> SssomReader.read(file(HEADER + """
                subject_id\tobject_id\tmapping_justification
                CANON:A.B1.M1\tONET:11-9111.00\tsemapv:ManualMappingCuration
                """))).isInstanceOf(SourceException.class)
                .hasMessageContaining("mappings/test.sssom.tsv, line 8: missing column(s) predicate_id");
    }

    @Test
    void headerWithoutLicenceIsRefused() {
        assertThatThrownBy(() -> SssomReader.read(file(HEADER.replace("# license: https://creativecommons.org/licenses/by/4.0/\n", "")
                + "subject_id\tpredicate_id\tobject_id\tmapping_justification\n")))
                .isInstanceOf(SourceException.class).hasMessageContaining("mappings/test.sssom.tsv: the SSSOM header lacks license");
    }

    @Test
    void malformedYamlHeaderIsRefused() {
        assertThatThrownBy(() -> SssomReader.read(file("# curie_map: [unclosed\n# license: x\nsubject_id\n")))
                .isInstanceOf(SourceException.class).hasMessageContaining("YAML header");
    }

    @Test
    void badRowsNameTheirLines() {
        assertThatThrownBy(() -> SssomReader.read(file(HEADER + """
                subject_id\tpredicate_id\tobject_id\tmapping_justification\tconfidence
                CANON:A.B1.M1\tskos:broadMatch\tNOPE:11-9111.00\tsemapv:ManualMappingCuration\t0.8
                CANON:A.B1.M2\towl:sameAs\tONET:11-9111.00\tsemapv:ManualMappingCuration\t0.8
                CANON:A.B1.M3\tskos:broadMatch\tONET:11-9111.00\tsemapv:ManualMappingCuration\t1.7
                CANON:A.B1.M4\tskos:broadMatch\tONET:11-9111.00\tManualMappingCuration\t0.5
                """))).isInstanceOf(SourceException.class)
                .hasMessageContaining("line 9: object_id 'NOPE:11-9111.00' uses prefix 'NOPE'")
                .hasMessageContaining("line 10: predicate_id owl:sameAs is not a SKOS mapping relation")
                .hasMessageContaining("line 11: confidence 1.7 is outside [0, 1]")
                .hasMessageContaining("line 12: mapping_justification");
    }

    @Test
    void mappingSlotInTheHeaderIsRefusedWithItsLine() {
        assertThatThrownBy(() -> SssomReader.read(file(HEADER.replace("# mapping_tool: test-tool\n",
                "# mapping_tool: test-tool\n# author_id: CANON:someone\n")
                + "subject_id\tpredicate_id\tobject_id\tmapping_justification\n")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("mappings/test.sssom.tsv, line 4: author_id is not a mapping-set slot of SSSOM");
    }

    @Test
    void fullIriWhereACurieBelongsIsRefused() {
        assertThatThrownBy(() -> SssomReader.read(file(HEADER.replace("# mapping_tool: test-tool\n",
                "# mapping_tool: test-tool\n# object_source: https://w3id.org/canon/external/onet-soc\n")
                + "subject_id\tpredicate_id\tobject_id\tmapping_justification\n")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("line 4: object_source 'https://w3id.org/canon/external/onet-soc' is a full IRI");
        assertThatThrownBy(() -> SssomReader.read(file(HEADER + """
                subject_id\tpredicate_id\tobject_id\tmapping_justification
                CANON:A.B1.M1\tskos:broadMatch\thttps://w3id.org/canon/external/onet-soc/11-9111.00\tsemapv:ManualMappingCuration
                """))).isInstanceOf(SourceException.class).hasMessageContaining("line 9: object_id 'https://");
    }

    @Test
    void propagatableHeaderSlotsHoldForEveryRowAndOthersStayOnTheSet() {
        MappingSet set = SssomReader.read(file(HEADER.replace("# mapping_tool: test-tool\n", """
                # mapping_tool: test-tool
                # creator_id:
                #   - CANON:curators
                # object_source: ONET:scheme
                """) + """
                subject_id\tpredicate_id\tobject_id\tmapping_justification\tauthor_id
                CANON:A.B1.M1\tskos:broadMatch\tONET:11-9111.00\tsemapv:ManualMappingCuration\tCANON:someone
                """));
        MappingSet.Row row = set.rows().get(0);
        assertThat(row.slots()).containsEntry("object_source", "ONET:scheme").containsEntry("author_id", "CANON:someone")
                .doesNotContainKey("creator_id");
        Graph g = set.toGraph();
        assertThat(g.contains(NodeFactory.createURI("https://w3id.org/canon/mappings/test"),
                NodeFactory.createURI("https://w3id.org/sssom/creator_id"),
                NodeFactory.createURI("https://w3id.org/canon/id/profile/curators"))).isTrue();
    }
}
