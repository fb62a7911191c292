package org.canon.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.canon.graph.store.CanonStore;

/** SPARQL over a test store, for tests that read their expected values from the graph. */
public final class TestQueries {
    /** The prefixes every query given here may use. */
    public static final String PREFIXES = """
            PREFIX canon: <https://w3id.org/canon/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX dqv: <http://www.w3.org/ns/dqv#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX sssom: <https://w3id.org/sssom/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    private TestQueries() {}

    /** The rows of a SELECT, each as variable name to value (IRI, or literal lexical form); unbound ones left out. */
    public static List<Map<String, String>> select(CanonStore store, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (RDFConnection conn = store.connect()) {
            Txn.executeRead(conn, () -> conn.querySelect(PREFIXES + query, (QuerySolution s) -> {
                Map<String, String> row = new LinkedHashMap<>();
                s.varNames().forEachRemaining(v -> {
                    if (s.get(v) != null) {
                        row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI());
                    }
                });
                rows.add(row);
            }));
        }
        return rows;
    }

    /** The one row of a SELECT that must have exactly one. */
    public static Map<String, String> one(CanonStore store, String query) {
        List<Map<String, String>> rows = select(store, query);
        assertThat(rows).as(query).hasSize(1);
        return rows.get(0);
    }
}
