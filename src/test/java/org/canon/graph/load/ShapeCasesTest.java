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
 * The shapes against their cases: {@code src/test/resources/shapes/valid/*.ttl} must raise no violation,
 * each {@code invalid/*.ttl} must raise the violation its header names (focus node, path, message; a
 * {@code # expect-severity: Warning} line for advice that does not stop a load).
 * Each case is validated together with the ontology, as the loader does.
 */
class ShapeCasesTest {
    static final Path CASES = Path.of("src/test/resources/shapes");
    static ShapeValidator validator;
    static Graph ontology;

    @BeforeAll
    static void shapes() {
        SourceLayout layout = SourceLayout.folder(Path.of("."));
        validator = new ShapeValidator(RdfFiles.parse(layout.shapeFiles()));
        ontology = RdfFiles.parse(layout.ontologyFiles());
    }

    static Stream<Path> valid() throws IOException {
        return cases("valid");
    }

    static Stream<Path> invalid() throws IOException {
        return cases("invalid");
    }

    static Stream<Path> cases(String kind) throws IOException {
        return Files.list(CASES.resolve(kind)).filter(p -> p.toString().endsWith(".ttl")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validCaseHasNoViolation(Path file) {
        List<ShapeValidator.Finding> violations = validator.validate(RdfFiles.parse(List.of(SourceFile.of(file))), ontology)
                .stream().filter(f -> f.severity().equals("Violation")).toList();
        assertThat(violations).as(file.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidCaseRaisesItsViolation(Path file) throws IOException {
        CaseHeader expected = CaseHeader.read(file);
        assertThat(expected.focus()).as("expect-focus in " + file).isNotNull();
        assertThat(expected.message()).as("expect-message in " + file).isNotNull();
        List<ShapeValidator.Finding> violations = validator.validate(RdfFiles.parse(List.of(SourceFile.of(file))), ontology)
                .stream().filter(f -> f.severity().equals(expected.severity())).toList();
        assertThat(violations).as(file + " raises its " + expected.severity()).anySatisfy(f -> {
            assertThat(f.focusNode()).isEqualTo(expected.focus());
            if (expected.path() != null) {
                assertThat(f.path()).contains(expected.path());
            }
            assertThat(f.message()).contains(expected.message());
        });
        // and the message speaks of the focus node, so a curator knows where to look
        assertThat(violations).filteredOn(f -> f.message().contains(expected.message()))
                .allSatisfy(f -> assertThat(f.message()).contains(localName(expected.focus())));
    }

    @Test
    void everyNodeShapeHasValidAndInvalidCases() throws IOException {
        Graph shapes = RdfFiles.parse(SourceLayout.folder(Path.of(".")).shapeFiles());
        List<String> nodeShapes = shapes.find(null, org.apache.jena.vocabulary.RDF.type.asNode(),
                        org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#NodeShape"))
                .mapWith(t -> t.getSubject().getURI()).toList();
        assertThat(nodeShapes).isNotEmpty();
        List<String> validShapes = cases("valid").map(ShapeCasesTest::shapeOf).toList();
        List<String> invalidShapes = cases("invalid").map(ShapeCasesTest::shapeOf).toList();
        for (String shape : nodeShapes) {
            String local = "canonsh:" + shape.substring(shape.indexOf('#') + 1);
            assertThat(validShapes).as("a valid case for " + local).contains(local);
            assertThat(invalidShapes).as("an invalid case for " + local).contains(local);
        }
    }

    private static String shapeOf(Path file) {
        try {
            return CaseHeader.read(file).shape();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** The {@code # key: value} lines at the top of a case file. */
    record CaseHeader(String shape, String focus, String path, String message, String severity) {
        static CaseHeader read(Path file) throws IOException {
            String shape = null, focus = null, path = null, message = null, severity = "Violation";
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("#")) {
                    break;
                }
                String l = line.substring(1).trim();
                if (l.startsWith("shape:")) shape = l.substring(6).trim();
                else if (l.startsWith("expect-focus:")) focus = l.substring(13).trim();
                else if (l.startsWith("expect-path:")) path = l.substring(12).trim();
                else if (l.startsWith("expect-message:")) message = l.substring(15).trim();
                else if (l.startsWith("expect-severity:")) severity = l.substring(16).trim();
            }
            return new CaseHeader(shape, focus, path, message, severity);
        }
    }
}
