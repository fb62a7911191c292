package org.canon.graph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.TestQueries;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dereferencing over HTTP: each RDF format parses and holds the resource's triples as the graph has them, the Accept
 * header's q-values decide, anything else gets HTML, what cannot be served is 406 problem+json, an unknown code 404 in
 * the format asked for; the ontology and an external concept the same way.
 */
class ResourceNegotiationTest extends ServiceTestBase {
    static final String PROFILE = "/id/profile/HEALTH.HEALTHIN8668.M3";
    @Autowired CanonStore store;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle,TURTLE", "application/ld+json,JSONLD", "application/n-triples,NTRIPLES",
            "application/rdf+xml,RDFXML"})
    void eachRdfFormatHoldsTheResourcesTriples(String accept, String format) throws Exception {
        HttpResponse<String> r = get(api(PROFILE), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        assertThat(r.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));
        Model m = parse(r.body(), Format.valueOf(format).lang);
        String iri = Canon.profile("HEALTH.HEALTHIN8668.M3");
        List<Map<String, String>> expected = TestQueries.select(store, "SELECT ?p ?o WHERE { <" + iri + "> ?p ?o }");
        assertThat(m.size()).isEqualTo(expected.size());
        Resource p = m.createResource(iri);
        for (Map<String, String> row : expected) {
            assertThat(m.listObjectsOfProperty(p, m.createProperty(row.get("p"))).toList())
                    .as(row.toString()).anyMatch(o -> (o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString()).equals(row.get("o")));
        }
        // a concise bounded description: the profile's own triples, not those of what it links to
        assertThat(m.listSubjects().toList()).containsExactly(p);
    }

    @ParameterizedTest(name = "[{0}] gives {1}")
    @CsvSource(delimiter = '|', value = {
            "text/turtle;q=0.5, application/ld+json;q=0.9 | application/ld+json",
            "application/rdf+xml;q=0.2, application/n-triples | application/n-triples",
            "*/* | text/html",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
            "text/html;q=0, */* | text/turtle"})
    void qualityValuesDecide(String accept, String type) throws Exception {
        HttpResponse<String> r = get(api(PROFILE), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
    }

    @Test
    void theFormatParameterOverridesTheHeader() throws Exception {
        HttpResponse<String> r = get(api(PROFILE + "?format=ttl"), "text/html");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        parse(r.body(), Lang.TURTLE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"image/png", "application/json", "text/plain;q=1, text/html;q=0"})
    void whatCannotBeServedIs406ProblemJson(String accept) throws Exception {
        HttpResponse<String> r = get(api(PROFILE), accept);
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":406").contains("text/turtle").contains("application/ld+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/html,", "text/turtle,TURTLE", "application/ld+json,JSONLD", "application/n-triples,NTRIPLES",
            "application/rdf+xml,RDFXML"})
    void anUnknownCodeIs404InTheFormatAsked(String accept, String format) throws Exception {
        for (String path : List.of("/id/profile/NOSUCH.NOSUCH0000.M3", "/id/skill/no-such-skill",
                "/external/onet-soc/99-9999.99")) {
            HttpResponse<String> r = get(api(path), accept);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith(accept);
            if (format == null) {
                assertThat(r.body()).contains("<h1>Not found</h1>");
            } else {
                assertThat(parse(r.body(), Format.valueOf(format).lang).isEmpty()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle,TURTLE", "application/ld+json,JSONLD", "application/n-triples,NTRIPLES",
            "application/rdf+xml,RDFXML"})
    void theOntologyIsItsWholeDocument(String accept, String format) throws Exception {
        HttpResponse<String> r = get(api("/ontology"), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = parse(r.body(), Format.valueOf(format).lang);
        long terms = TestQueries.select(store, "SELECT DISTINCT ?t WHERE { GRAPH <" + Canon.GRAPH_ONTOLOGY
                + "> { ?t a ?type } FILTER (STRSTARTS(STR(?t), \"" + Canon.NS + "\")) }").size();
        assertThat(m.listSubjects().filterKeep(s -> s.isURIResource() && s.getURI().startsWith(Canon.NS)).toList())
                .hasSize((int) terms);
        assertThat(m.contains(m.createResource(Canon.ONTOLOGY), RDF.type, OWL2.Ontology)).isTrue();
    }

    @Test
    void theOntologyPageAnchorsEveryTerm() throws Exception {
        HttpResponse<String> r = get(api("/ontology"), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        for (Map<String, String> t : TestQueries.select(store, "SELECT ?t WHERE { GRAPH <" + Canon.GRAPH_ONTOLOGY
                + "> { ?t a owl:Class } FILTER (STRSTARTS(STR(?t), \"" + Canon.NS + "\")) }")) {
            assertThat(r.body()).contains("id=\"" + t.get("t").substring(Canon.NS.length()) + "\"");
        }
    }

    @Test
    void anExternalConceptMappedToIsDereferenceable() throws Exception {
        String iri = "https://w3id.org/canon/external/onet-soc/11-9111.00";
        HttpResponse<String> html = get(api("/external/onet-soc/11-9111.00"), "text/html");
        assertThat(html.statusCode()).isEqualTo(200);
        // every profile mapped to it is listed, with a link to its page
        for (Map<String, String> row : TestQueries.select(store,
                "SELECT ?code WHERE { ?m owl:annotatedTarget <" + iri + "> ; owl:annotatedSource/skos:notation ?code }")) {
            assertThat(html.body()).contains("href=\"/id/profile/" + row.get("code") + "\"");
        }
        HttpResponse<String> ttl = get(api("/external/onet-soc/11-9111.00"), "text/turtle");
        assertThat(ttl.statusCode()).isEqualTo(200);
        Model m = parse(ttl.body(), Lang.TURTLE);
        // without the O*NET import the graph only mentions it as a mapping target: its description is empty
        long described = TestQueries.select(store, "SELECT ?p WHERE { <" + iri + "> ?p ?o }").size();
        assertThat(m.size()).isEqualTo(described);
    }

    @Test
    void aSkillsPageSaysWhatItIs() throws Exception {
        HttpResponse<String> r = get(api("/id/skill/health-critical-thinking?format=ttl"), "*/*");
        Model m = parse(r.body(), Lang.TURTLE);
        assertThat(m.contains(m.createResource(Canon.id("skill", "health-critical-thinking")), SKOS.prefLabel)).isTrue();
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(m);
        return m;
    }
}
