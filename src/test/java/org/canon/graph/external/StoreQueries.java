package org.canon.graph.external;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.canon.graph.store.CanonStore;

/** SPARQL helpers for the importer tests. */
final class StoreQueries {
    static final String PREFIXES = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX canon: <https://w3id.org/canon/ontology#>
            PREFIX sssom: <https://w3id.org/sssom/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX onet: <https://w3id.org/canon/external/onet-soc/>
            PREFIX el: <https://w3id.org/canon/external/onet-element/>
            PREFIX soc: <https://w3id.org/canon/external/soc2018/>
            PREFIX soc10: <https://w3id.org/canon/external/soc2010/>
            PREFIX isco: <http://data.europa.eu/esco/isco/>
            PREFIX esco: <http://data.europa.eu/esco/model#>
            PREFIX occ: <http://data.europa.eu/esco/occupation/>
            """;

    private StoreQueries() {}

    /** The rows of a SELECT, each as variable name to value (IRI, or literal lexical form). */
    static List<Map<String, String>> select(CanonStore store, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (RDFConnection conn = store.connect()) {
            conn.querySelect(PREFIXES + query, (QuerySolution s) -> {
                Map<String, String> row = new LinkedHashMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                        ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                rows.add(row);
            });
        }
        return rows;
    }

    /** The single value of the single variable of a one-row SELECT (e.g. a COUNT). */
    static String value(CanonStore store, String query) {
        List<Map<String, String>> rows = select(store, query);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    static long count(CanonStore store, String where) {
        return Long.parseLong(value(store, "SELECT (COUNT(*) AS ?total) WHERE { " + where + " }"));
    }

    static boolean ask(CanonStore store, String where) {
        try (RDFConnection conn = store.connect()) {
            return conn.queryAsk(PREFIXES + "ASK { " + where + " }");
        }
    }

    /** A copy of every named graph, to compare a store before and after a failed import. */
    static Map<String, Graph> snapshot(CanonStore store) {
        Map<String, Graph> copy = new LinkedHashMap<>();
        store.graphNames().forEach(name -> copy.put(name, store.read(name)));
        return copy;
    }
}
