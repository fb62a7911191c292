package org.canon.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The whole service on random ports, loaded from the shipped sources: Fuseki's UI, SPARQL over HTTP against the
 * union graph, the REST API, the health endpoint, and the refusal of writes.
 */
class CanonGraphApplicationTests extends ServiceTestBase {
    static final String M3 = "HEALTH.HEALTHIN8668.M3";

    @Test
    void fusekiServesItsUi() throws Exception {
        HttpResponse<String> page = get(fuseki("/"), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"app\"");
        HttpResponse<String> server = get(fuseki("/$/server"), "application/json");
        assertThat(server.statusCode()).isEqualTo(200);
        assertThat(server.body()).contains("/canon");
    }

    @Test
    void sparqlOverHttpSeesTheUnionOfTheNamedGraphs() throws Exception {
        String query = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX sssom: <https://w3id.org/sssom/>
                SELECT ?title ?tool WHERE {
                  ?p skos:notation "HEALTH.HEALTHIN8668.M3" ; skos:prefLabel ?title .
                  ?m <http://www.w3.org/2002/07/owl#annotatedSource> ?p ; sssom:mapping_tool ?tool .
                }""";
        for (String endpoint : new String[] {"/canon/sparql", "/canon/query"}) {
            HttpResponse<String> r = get(fuseki(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)),
                    "text/csv");
            assertThat(r.statusCode()).isEqualTo(200);
            // the title comes from the taxonomy graph, the tool from a mapping-set graph: only the union has both
            assertThat(r.body()).contains("Health Informatics — M3,jfm-factory.resolve");
        }
    }

    @Test
    void profileCardOverTheApi() throws Exception {
        HttpResponse<String> r = get(api("/api/profiles/" + M3), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(r.body()).contains("\"code\":\"HEALTH.HEALTHIN8668.M3\"", "\"title\":\"Health Informatics — M3\"",
                "\"median\":120000", "jfm-factory.resolve", "Senior Manager");
    }

    @Test
    void unknownProfileIs404ProblemJson() throws Exception {
        HttpResponse<String> r = get(api("/api/profiles/HEALTH.NOPE0000.M3"), "application/json");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(r.body()).contains("HEALTH.NOPE0000.M3").doesNotContain("Exception");
    }

    @Test
    void sparqlUpdateAndGraphStoreWritesAreRefused() throws Exception {
        assumeFalse(TestStores.remote(), "the remote server's write policy is its own configuration");
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        for (String endpoint : new String[] {"/canon/update", "/canon", "/canon/sparql"}) {
            HttpResponse<String> r = post(fuseki(endpoint), "application/sparql-update", update, null);
            assertThat(r.statusCode()).as(endpoint).isIn(400, 403, 404, 405, 415);
        }
        HttpResponse<String> gsp = post(fuseki("/canon/data?default"), "text/turtle", "<urn:x> <urn:y> <urn:z> .", null);
        assertThat(gsp.statusCode()).isIn(403, 404, 405);
        HttpResponse<String> admin = post(fuseki("/$/datasets?dbName=evil&dbType=mem"), "application/x-www-form-urlencoded", "", null);
        assertThat(admin.statusCode()).isEqualTo(403);
        HttpResponse<String> ask = get(fuseki("/canon/sparql?query=" + URLEncoder.encode("ASK { <urn:x> ?p ?o }",
                StandardCharsets.UTF_8)), "application/sparql-results+json");
        assertThat(ask.body()).contains("false");
    }

    @Test
    void openApiDescriptionAndItsPage() throws Exception {
        HttpResponse<String> docs = get(api("/v3/api-docs"), "application/json");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"", "/api/profiles/{code}", "/api/queries/{name}", "/api/checks");
        HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api("/swagger-ui/index.html")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    @Test
    void healthEndpointReportsUpAndNoDetailsToAnonymousCallers() throws Exception {
        HttpResponse<String> r = get(api("/actuator/health"), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"").doesNotContain("diskSpace", "path", "TDB2", "components");
    }
}
