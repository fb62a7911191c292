package org.canon.graph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.canon.graph.vocab.Sssom;
import org.canon.graph.source.SourceFile;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped mapping set ({@code mappings/*.sssom.tsv}) conforms to the SSSOM schema's slot lists
 * ({@link SssomSchema}), and round-trips: read by {@link SssomReader}, written by {@link SssomWriter} and read
 * again, it gives the same RDF, with the curator and the justification of each mapping kept.
 */
class SssomConformanceTest {
    static final SssomSchema SCHEMA = SssomSchema.load();

    static Stream<SourceFile> shipped() {
        List<SourceFile> files = SourceLayout.folder(Path.of(".")).mappingFiles();
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void shippedSetConformsToTheSchema(SourceFile file) throws IOException {
        assertThat(SCHEMA.problems(file.name(), text(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void shippedSetRoundTripsToTheSameRdf(SourceFile file) {
        MappingSet set = SssomReader.read(file);
        String written = SssomWriter.write(set);
        assertThat(SCHEMA.problems("written " + file.name(), written)).isEmpty();
        MappingSet again = SssomReader.read(new SourceFile(file.name(),
                () -> new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))));
        Graph before = set.toGraph();
        Graph after = again.toGraph();
        assertThat(IsoMatcher.isomorphic(before, after)).as(file + " written:\n" + written).isTrue();
        // the curator and the justification of every mapping are readable from their conformant places
        for (MappingSet.Row row : set.rows()) {
            assertThat(row.justification()).startsWith(Sssom.SEMAPV);
        }
        assertThat(before.find(null, NodeFactory.createURI(Canon.SSSOM + "creator_id"), null).toList()).isNotEmpty();
        assertThat(before.find(null, NodeFactory.createURI(Canon.SSSOM + "object_source"), null).toList()).isNotEmpty();
    }

    @Test
    void curatedSetNamesItsAuthorOnEveryMapping() {
        MappingSet set = SssomReader.read(SourceFile.of(Path.of("mappings/canon-onet-curated.sssom.tsv")));
        assertThat(set.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.slots()).containsEntry("author_id", "CANONORG:job-architecture-team");
            assertThat(row.justification()).isEqualTo(Sssom.SEMAPV + "ManualMappingCuration");
            assertThat(row.slots()).containsEntry("object_source", "CANONEXT:onet-soc")
                    .containsEntry("subject_source", "CANONSCHEME:canon");
        });
    }

    @Test
    void checkFindsWhatBrokeTheSchemaBefore() throws IOException {
        Path fixture = Path.of("src/test/resources/sssom/non-conformant.sssom.tsv");
        assertThat(SCHEMA.problems(fixture.toString(), Files.readString(fixture))).containsExactlyInAnyOrder(
                fixture + ": header slot mapping_justification is not a mapping-set slot",
                fixture + ": header slot author_id is not a mapping-set slot",
                fixture + ": the header lacks creator_id",
                fixture + ": the header lacks subject_source",
                fixture + ", header: object_source 'https://w3id.org/canon/external/onet-soc' is not a CURIE with a declared prefix");
    }

    @Test
    void readerUsesTheSchemasSlotLists() {
        assertThat(new HashSet<>(SssomReader.MAPPING_SET_SLOTS))
                .isEqualTo(new HashSet<>(SCHEMA.list("mapping_set_slots").stream().filter(s -> !s.equals("mappings")).toList()));
        assertThat(new HashSet<>(SssomReader.PROPAGATABLE_SLOTS)).isEqualTo(new HashSet<>(SCHEMA.list("propagatable_slots")));
        assertThat(SCHEMA.list("entity_reference_slots")).containsAll(SssomReader.HEADER_ENTITY_REFERENCES)
                .containsAll(MappingSet.Row.IRI_SLOTS);
    }

    private static String text(SourceFile file) throws IOException {
        try (var in = file.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
