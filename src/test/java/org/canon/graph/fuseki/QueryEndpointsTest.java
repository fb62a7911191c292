package org.canon.graph.fuseki;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.canon.graph.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A query sent to any endpoint the Fuseki UI offers runs, the dataset URL included (the UI lists it as the query
 * endpoint {@code ""} in {@code $/datasets} and posts there); only updates and Graph Store writes are refused.
 * Requests as curl sends them: {@code --data-urlencode query=...}, {@code -H 'Content-Type:
 * application/sparql-query' --data ...}, and GET.
 */
@DisabledIfSystemProperty(named = "canon.test.store-mode", matches = "remote")
class QueryEndpointsTest extends ServiceTestBase {
    static final String ASK = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "ASK { ?p skos:notation \"HEALTH.HEALTHIN8668.M3\" }";
    static final List<String> QUERY_ENDPOINTS = List.of("/canon/", "/canon", "/canon/sparql", "/canon/query");
    static final String JSON = "application/sparql-results+json";

    @Test
    void theUiOffersTheDatasetUrlAsAQueryEndpoint() throws Exception {
        HttpResponse<String> datasets = get(fuseki("/$/datasets"), "application/json");
        assertThat(datasets.body().replaceAll("\\s", "")).contains("\"srv.type\":\"query\"").contains("\"\"");
    }

    @Test
    void aQueryRunsAtEveryQueryEndpointWhicheverWayItIsSent() throws Exception {
        for (String endpoint : QUERY_ENDPOINTS) {
            HttpResponse<String> form = post(fuseki(endpoint), "application/x-www-form-urlencoded",
                    "query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8), null, JSON);
            HttpResponse<String> body = post(fuseki(endpoint), "application/sparql-query", ASK, null, JSON);
            HttpResponse<String> get = get(fuseki(endpoint + "?query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8)), JSON);
            for (var r : List.of(form, body, get)) {
                assertThat(r.statusCode()).as(r.request().method() + " " + endpoint + ": " + r.body()).isEqualTo(200);
                assertThat(r.body()).as(endpoint).contains("true");
            }
        }
    }

    @Test
    void updatesAndGraphStoreWritesAreRefusedWhereverTheyAreSent() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:b> <urn:test:c> } }";
        String turtle = "<urn:test:a> <urn:test:b> <urn:test:c> .";
        for (String endpoint : List.of("/canon/", "/canon", "/canon/update", "/canon/data")) {
            assertThat(post(fuseki(endpoint), "application/x-www-form-urlencoded",
                    "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8), null).statusCode())
                    .as("update= form to " + endpoint).isEqualTo(403);
            assertThat(post(fuseki(endpoint), "application/sparql-update", update, null).statusCode())
                    .as("sparql-update to " + endpoint).isEqualTo(403);
            assertThat(post(fuseki(endpoint + "?graph=urn:test:g"), "text/turtle", turtle, null).statusCode())
                    .as("Graph Store POST to " + endpoint).isEqualTo(403);
            for (String method : List.of("PUT", "DELETE")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(fuseki(endpoint + "?graph=urn:test:g")))
                        .header("Content-Type", "text/turtle").method(method, HttpRequest.BodyPublishers.ofString(turtle))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(method + " " + endpoint).isEqualTo(403);
                assertThat(r.body()).contains("read-only");
            }
        }
        HttpResponse<String> ask = get(fuseki("/canon/sparql?query=" + URLEncoder.encode(
                "ASK { GRAPH ?g { <urn:test:a> ?p ?o } }", StandardCharsets.UTF_8)), JSON);
        assertThat(ask.body()).contains("false");
    }

    @Test
    void graphStoreReadsAreReadsAtEveryGraphStoreEndpoint() throws Exception {
        String graph = "?graph=" + URLEncoder.encode("https://w3id.org/canon/graph/mappings/canon-soc-resolver",
                StandardCharsets.UTF_8);
        for (String endpoint : List.of("/canon/get", "/canon/data", "/canon")) {
            HttpResponse<String> r = get(fuseki(endpoint + graph), "text/turtle");
            assertThat(r.statusCode()).as(endpoint).isEqualTo(200);
            assertThat(r.body()).as(endpoint).contains("jfm-factory.resolve");
        }
    }
}
