package org.canon.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;
import org.canon.graph.source.SourceLayout;
import org.junit.jupiter.api.Test;

/** Every file of sparql/ parses, with a complete header; a broken file is reported with its line and column. */
class NamedQueriesParseTest {

    @Test
    void everyQueryFileParsesWithItsHeader() {
        SourceLayout layout = SourceLayout.folder(Path.of("."));
        QueryCatalog catalog = new QueryCatalog(layout);
        assertThat(catalog.all()).hasSize(layout.queryFiles().size());
        assertThat(catalog.all()).extracting(NamedQuery::name)
                .contains("profile", "adjacency", "career-paths", "skills", "skill-holders", "crosswalk",
                        "crosswalk-reverse", "search");
        for (NamedQuery q : catalog.all()) {
            assertThat(q.summary()).as(q.name()).isNotBlank();
            assertThat(q.example()).as(q.name()).isNotBlank();
            assertThat(q.columns()).as(q.name()).isNotEmpty();
            if (q.query().isSelectType()) {
                assertThat(q.columns().keySet()).as("documented columns of " + q.name())
                        .containsAll(q.query().getResultVars());
            }
            assertThat(q.text()).as(q.name() + " calls no other host").doesNotContainIgnoringCase("SERVICE <");
        }
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() {
        SourceFile bad = new SourceFile("sparql/bad.rq", () -> new ByteArrayInputStream(
                "#+ summary: broken\nSELECT * WHERE { ?s ?p }\n".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> new QueryCatalog(List.of(bad))).isInstanceOf(SourceException.class)
                .hasMessageContaining("sparql/bad.rq, line 2, column");
    }

    @Test
    void engineExtensionIsASyntaxError() {
        SourceFile lateral = new SourceFile("sparql/lateral.rq", () -> new ByteArrayInputStream(
                ("#+ summary: uses ARQ's LATERAL\n" + StandardSparqlTest.LATERAL + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> new QueryCatalog(List.of(lateral))).isInstanceOf(SourceException.class)
                .hasMessageContaining("sparql/lateral.rq, line 2, column");
    }

    @Test
    void declaredParameterMustBeInTheValuesBlock() {
        SourceFile bad = new SourceFile("sparql/bad.rq", () -> new ByteArrayInputStream("""
                #+ summary: parameter without a VALUES block
                #+ params:
                #+   - name: code
                #+     default: X
                SELECT * WHERE { ?s ?p ?code }
                """.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> new QueryCatalog(List.of(bad))).isInstanceOf(SourceException.class)
                .hasMessageContaining("parameter 'code' is declared in the header but is not a variable of the VALUES block");
    }
}
