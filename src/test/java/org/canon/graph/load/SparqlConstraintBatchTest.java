package org.canon.graph.load;

import org.canon.graph.source.SourceLayout;
import org.canon.graph.source.SourceFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Batched SPARQL constraints give exactly the findings of Jena SHACL's one-focus-node-at-a-time evaluation: on
 * every shape case, and on the shipped taxonomy.
 */
class SparqlConstraintBatchTest {
    static Graph shapesGraph;
    static Graph ontology;
    static ShapeValidator batched;
    static ShapeValidator plain;

    @BeforeAll
    static void shapes() {
        SourceLayout layout = SourceLayout.folder(Path.of("."));
        shapesGraph = RdfFiles.parse(layout.shapeFiles());
        ontology = RdfFiles.parse(layout.ontologyFiles());
        batched = new ShapeValidator(shapesGraph, true);
        plain = new ShapeValidator(shapesGraph, false);
    }

    static Stream<Path> cases() throws IOException {
        return Stream.of("valid", "invalid").flatMap(kind -> {
            try {
                return Files.list(ShapeCasesTest.CASES.resolve(kind)).filter(p -> p.toString().endsWith(".ttl")).sorted();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameFindingsOnEveryCase(Path file) {
        Graph data = RdfFiles.parse(List.of(SourceFile.of(file)));
        assertThat(sorted(batched.validate(data, ontology))).isEqualTo(sorted(plain.validate(data, ontology)));
    }

    @Test
    void sameFindingsOnTheShippedTaxonomy() {
        Graph taxonomy = RdfFiles.parse(SourceLayout.folder(Path.of(".")).taxonomyFiles());
        assertThat(sorted(batched.validate(taxonomy, ontology))).isEqualTo(sorted(plain.validate(taxonomy, ontology)));
    }

    @Test
    void theCanonShapesSparqlConstraintsAreAllBatched() {
        long sparql = shapesGraph.find(null, org.apache.jena.shacl.vocabulary.SHACL.sparql, null).toList().size();
        long left = new SparqlConstraintBatch(shapesGraph, true).otherShapes()
                .find(null, org.apache.jena.shacl.vocabulary.SHACL.sparql, null).toList().size();
        assertThat(sparql).isGreaterThan(10);
        assertThat(left).isZero();
    }

    static List<String> sorted(List<ShapeValidator.Finding> findings) {
        return findings.stream().map(ShapeValidator.Finding::toString).sorted().toList();
    }
}
