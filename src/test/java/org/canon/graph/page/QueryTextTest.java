package org.canon.graph.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.canon.graph.query.BadParameterException;
import org.canon.graph.query.NamedQuery;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.source.SourceLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text of a named query with parameters filled in is the file's text, header kept, and runs exactly the query the
 * runner binds for those parameters.
 */
class QueryTextTest {
    static final QueryRunner RUNNER = new QueryRunner(null, new QueryCatalog(SourceLayout.folder(Path.of("."))),
            QueryRunner.Limits.DEFAULTS);

    @Test
    void theValuesRowAndTheLimitTakeTheParameters() {
        Map<String, String> params = Map.of("code", "FINANCE.FINANCEFP6021.P2", "limit", "5", "maxDistance", "0.3");
        String text = QueryText.of(RUNNER, "adjacency", params);
        assertThat(text).contains("VALUES (?code ?maxDistance ?limit ?mode) { (\"FINANCE.FINANCEFP6021.P2\" 0.3 5 \"structure\") }")
                .contains("\nLIMIT 5").startsWith("#+ summary:");
        assertThat(parse(text)).isEqualTo(RUNNER.boundQuery("adjacency", params));
    }

    @Test
    void anIriParameterIsWrittenAsAnIri() {
        String iri = "https://w3id.org/canon/id/level/P2";
        String text = QueryText.of(RUNNER, "describe", Map.of("resource", iri));
        assertThat(text).contains("VALUES ?resource { <" + iri + "> }");
    }

    @Test
    void aValueCannotBreakOutOfItsTerm() {
        assertThatThrownBy(() -> QueryText.of(RUNNER, "skills", Map.of("code", "X\" } ?s ?p ?o {")))
                .isInstanceOf(BadParameterException.class);
        String text = QueryText.of(RUNNER, "search", Map.of("q", "say \"hi\""));
        assertThat(parse(text)).isEqualTo(RUNNER.boundQuery("search", Map.of("q", "say \"hi\"")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"profile", "skills", "adjacency", "career-paths", "crosswalk", "crosswalk-reverse",
            "skill-holders", "search", "describe", "resource", "taxonomy-tree", "levels", "mappings", "similar-profiles",
            "similar-occupations", "hierarchy"})
    void withTheDefaultsEveryQueryIsItsOwnFile(String name) {
        NamedQuery q = RUNNER.catalog().get(name);
        String text = QueryText.of(RUNNER, name, Map.of());
        assertThat(parse(text)).isEqualTo(RUNNER.boundQuery(name, Map.of()));
        assertThat(text).startsWith(q.text().substring(0, q.text().indexOf('\n')));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"describe", "resource", "taxonomy-tree", "levels", "mappings", "similar-profiles",
            "similar-occupations", "hierarchy"})
    void theQueriesOfThePagesAreStandardSparql(String name) {
        QueryFactory.create(RUNNER.catalog().get(name).text(), Syntax.syntaxSPARQL_11);
    }

    private static Query parse(String text) {
        Query q = QueryFactory.create(text, Syntax.syntaxARQ);
        if (!q.hasLimit()) {
            q.setLimit(QueryRunner.Limits.DEFAULTS.maxRows());
        }
        return q;
    }
}
