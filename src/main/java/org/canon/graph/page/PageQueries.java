package org.canon.graph.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.canon.graph.query.QueryRow;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.springframework.stereotype.Service;

/**
 * What the pages read from the graph: each through a named query of {@code sparql/} (the same files the Fuseki UI and
 * the API run), except whether a resource exists at all and the ontology's own document (its named graph).
 */
@Service
class PageQueries {
    private static final Query MENTIONED = QueryFactory.create(
            "ASK { { ?resource ?p ?o } UNION { ?s ?p ?resource } }");
    private final QueryRunner runner;
    private final CanonStore store;

    PageQueries(QueryRunner runner, CanonStore store) {
        this.runner = runner;
        this.store = store;
    }

    QueryRunner runner() {
        return runner;
    }

    /** Whether the graph says anything about the IRI: as subject, or as object (a concept only mapped to). */
    boolean exists(String iri) {
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> conn.newQuery().query(MENTIONED)
                    .substitution("resource", ResourceFactory.createResource(iri)).ask());
        }
    }

    /**
     * What the recorded releases did to a concept, newest first (query {@code concept-history}): "Changed in
     * release 4 (2026-11-29): median, prefLabel", "Added in release 2 (...)". Empty before a second release.
     */
    List<String> history(String code, int limit) {
        return runner.rows("concept-history", Map.of("code", code, "limit", Integer.toString(limit)), r -> r).stream()
                .map(r -> {
                    String type = r.text("type");
                    String issued = r.text("issued");
                    String properties = r.text("properties");
                    return Character.toUpperCase(type.charAt(0)) + type.substring(1) + " in release " + r.text("release")
                            + (issued == null ? "" : " (" + issued.substring(0, Math.min(10, issued.length())) + ")")
                            + (properties == null || properties.isEmpty() ? "" : ": " + properties);
                }).toList();
    }

    /** The concise bounded description of the resource (query {@code describe}). */
    Model describe(String iri) {
        return runner.construct("describe", Map.of("resource", iri));
    }

    /** Every statement about the resource, out and in, with names (query {@code resource}). */
    List<Statement> statements(String iri) {
        ResultSetRewindable rs = runner.select("resource", Map.of("resource", iri));
        List<Statement> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(new Statement("out".equals(text(s.get("direction"))), s.getResource("property").getURI(),
                    text(s.get("propertyLabel")), s.get("value"), text(s.get("valueLabel")), text(s.get("valueCode"))));
        }
        return out;
    }

    /** The rows of a SELECT named query. */
    List<QueryRow> rows(String query, Map<String, String> params) {
        return runner.rows(query, params, r -> r);
    }

    /** The ontology's document: the graph of {@code ontology/}. */
    Model ontology() {
        return ModelFactory.createModelForGraph(store.read(Canon.GRAPH_ONTOLOGY));
    }

    private static String text(RDFNode n) {
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** One row of the {@code resource} query: a statement with the resource as subject ({@code out}) or object. */
    record Statement(boolean out, String property, String propertyLabel, RDFNode value, String valueLabel,
                     String valueCode) {

        String valueIri() {
            return value.isURIResource() ? value.asResource().getURI() : null;
        }
    }
}
