package org.canon.graph.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.TestStores;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/suggestions} on the shipped data (no external taxonomies), and text:query at the endpoint. */
class SuggestionApiTests extends ServiceTestBase {
    private final JsonMapper json = JsonMapper.builder().build();

    private String suggestions(String query) {
        return "http://localhost:" + apiPort + "/api/suggestions?" + query;
    }

    @Test
    void answersTheSourceAndItsCandidatesAsTypedJson() throws Exception {
        HttpResponse<String> r = get(suggestions("scheme=canon&code=HEALTH.HEALTHIN8668.M3&target=esco&limit=5"), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.path("source").path("code").asString()).isEqualTo("HEALTH.HEALTHIN8668.M3");
        assertThat(body.path("source").path("iri").asString()).isEqualTo("https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.M3");
        assertThat(body.path("source").path("label").asString()).isEqualTo("Health Informatics — M3");
        assertThat(body.path("target").asString()).isEqualTo("esco");
        assertThat(body.path("candidates").isArray()).isTrue();
        // the shipped data has no ESCO: nothing to suggest, but canon to canon finds other profiles by their texts
        assertThat(body.path("candidates").size()).isZero();
        JsonNode canon = json.readTree(get(suggestions("scheme=canon&code=HEALTH.HEALTHIN8668.M3&target=canon&limit=3"),
                "application/json").body());
        assertThat(canon.path("candidates").size()).isEqualTo(3);
        assertThat(canon.path("candidates").get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(canon.path("candidates").get(0).path("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(canon.path("candidates").get(0).path("evidence").get(0).path("kind").asString()).isNotBlank();
    }

    @Test
    void theIriWorksLikeTheCode() throws Exception {
        String iri = URLEncoder.encode("https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.M3", StandardCharsets.UTF_8);
        HttpResponse<String> r = get(suggestions("scheme=canon&iri=" + iri + "&target=canon&limit=2"), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json.readTree(r.body()).path("source").path("code").asString()).isEqualTo("HEALTH.HEALTHIN8668.M3");
    }

    @Test
    void unknownSchemeIs400AndUnknownCodeIs404AsProblemJson() throws Exception {
        HttpResponse<String> scheme = get(suggestions("scheme=soc1980&code=x&target=esco"), "application/json");
        assertThat(scheme.statusCode()).isEqualTo(400);
        assertThat(scheme.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(json.readTree(scheme.body()).path("parameter").asString()).isEqualTo("scheme");
        HttpResponse<String> target = get(suggestions("scheme=canon&code=HEALTH.HEALTHIN8668.M3&target=nowhere"), "application/json");
        assertThat(json.readTree(target.body()).path("parameter").asString()).isEqualTo("target");
        HttpResponse<String> limit = get(suggestions("scheme=canon&code=HEALTH.HEALTHIN8668.M3&target=esco&limit=1000"), "application/json");
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(json.readTree(limit.body()).path("parameter").asString()).isEqualTo("limit");
        HttpResponse<String> code = get(suggestions("scheme=esco&code=9999.9&target=onet-soc"), "application/json");
        assertThat(code.statusCode()).isEqualTo(404);
        assertThat(code.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(code.body()).contains("9999.9");
        assertThat(get(suggestions("scheme=canon&target=esco"), "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void textQueryWorksAtTheSparqlEndpoint() throws Exception {
        Assumptions.assumeFalse(TestStores.remote(), "the remote server has its own text index configuration, or none");
        String q = URLEncoder.encode("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?s WHERE { ?s text:query (skos:prefLabel "informatics" 100) }""", StandardCharsets.UTF_8);
        HttpResponse<String> r = get("http://localhost:" + fuseki.port() + "/canon/sparql?query=" + q, "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.M3");
    }
}
