package org.canon.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.canon.graph.load.RdfFiles;
import org.canon.graph.source.SourceFile;
import org.canon.graph.source.SourceLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SKOS integrity checks, {@code ontology/checks/*-violation.rq}: a row is a violation (the OBO convention).
 * Each runs over the shipped ontology and taxonomy together, as the store's union graph holds them, and must
 * return no row; and over its broken fixture ({@code src/test/resources/skos-violations/{check}.ttl}, with the
 * ontology), where it must return exactly the resources the fixture's {@code # expect:} lines name in its first
 * column, so every check is shown to catch what it is for.
 */
class SkosIntegrityTest {
    static final Path CHECKS = Path.of("ontology/checks");
    static final Path FIXTURES = Path.of("src/test/resources/skos-violations");
    static Graph ontology;
    static Graph shipped;

    @BeforeAll
    static void sources() {
        SourceLayout layout = SourceLayout.folder(Path.of("."));
        ontology = RdfFiles.parse(layout.ontologyFiles());
        shipped = new Union(RdfFiles.parse(layout.taxonomyFiles()), ontology);
    }

    static Stream<Path> checks() throws IOException {
        List<Path> checks = Files.list(CHECKS).filter(p -> p.toString().endsWith("-violation.rq")).sorted().toList();
        assertThat(checks).hasSizeGreaterThanOrEqualTo(10);
        return checks.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void shippedTaxonomyHasNoViolation(Path check) throws IOException {
        assertThat(violations(check, shipped)).as(check + " over the shipped ontology and taxonomy").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void brokenFixtureIsCaught(Path check) throws IOException {
        Path fixture = FIXTURES.resolve(check.getFileName().toString().replace("-violation.rq", ".ttl"));
        assertThat(fixture).as("the broken fixture of " + check).exists();
        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(fixture)) {
            if (line.startsWith("# expect: ")) {
                expected.add(line.substring("# expect: ".length()).trim());
            }
        }
        assertThat(expected).as("# expect: lines in " + fixture).isNotEmpty();
        Graph data = new Union(RdfFiles.parse(List.of(SourceFile.of(fixture))), ontology);
        Set<String> found = new TreeSet<>();
        violations(check, data).forEach(row -> found.add(row.get(0)));
        assertThat(found).as(check + " over " + fixture).isEqualTo(expected);
    }

    /** The rows of the check, each as its values in column order (IRIs and lexical forms). */
    static List<List<String>> violations(Path check, Graph data) throws IOException {
        Query query = QueryFactory.create(Files.readString(check), Syntax.syntaxSPARQL_11);
        List<List<String>> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(data)).query(query).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                List<String> values = new ArrayList<>();
                for (String var : results.getResultVars()) {
                    RDFNode node = row.get(var);
                    values.add(node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
