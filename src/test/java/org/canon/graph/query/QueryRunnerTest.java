package org.canon.graph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.canon.graph.source.SourceFile;
import org.junit.jupiter.api.Test;

/** How the runner binds parameters into a named query, without running it. */
class QueryRunnerTest {

    static final String NESTED = """
            #+ summary: parameters in the sub-select that must be evaluated first
            #+ params:
            #+   - name: code
            #+     default: A
            #+   - name: limit
            #+     type: integer
            #+     default: 10
            #+ columns:
            #+   - name: code
            #+     description: the code
            #+   - name: n
            #+     description: a count
            #+ example: none
            SELECT ?code ?n WHERE {
              { SELECT ?code ?limit (COUNT(?s) AS ?n) WHERE { VALUES (?code ?limit) { ("A" 10) } OPTIONAL { ?s ?p ?code } }
                GROUP BY ?code ?limit }
              VALUES ?other { 1 }
            }
            """;

    @Test
    void bindsTheParameterBlockOfTheInnerSubSelect() {
        QueryCatalog catalog = new QueryCatalog(List.of(new SourceFile("sparql/nested.rq",
                () -> new ByteArrayInputStream(NESTED.getBytes(StandardCharsets.UTF_8)))));
        QueryRunner runner = new QueryRunner(null, catalog, QueryRunner.Limits.DEFAULTS);

        Query bound = runner.boundQuery("nested", Map.of("code", "B", "limit", "5"));

        String text = bound.serialize();
        assertThat(text).contains("( \"B\" 5 )").doesNotContain("\"A\"").contains("VALUES ?other { 1 }");
        assertThat(bound.getLimit()).isEqualTo(5);
        assertThat(catalog.get("nested").query().serialize()).as("the catalog's copy keeps its defaults")
                .contains("\"A\"").doesNotContain("\"B\"");
    }
}
