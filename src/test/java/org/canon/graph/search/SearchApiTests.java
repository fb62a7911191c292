package org.canon.graph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.TestQueries;
import org.canon.graph.TestStores;
import org.canon.graph.store.CanonStore;
import org.canon.graph.text.TextCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/search}, {@code /api/suggest} and the search page over the running service (the shipped data), their
 * description in the OpenAPI document, the search box of the pages, and the README's {@code text:query} example at
 * the SPARQL endpoint.
 */
public class SearchApiTests extends ServiceTestBase {
    static final String M3 = "HEALTH.HEALTHIN8668.M3";
    private final JsonMapper json = JsonMapper.builder().build();
    @Autowired CanonStore store;

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> r = get(api(path), "application/json");
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @Test
    void searchRanksTheFocusProfilesFirstAsTypedHits() throws Exception {
        List<String> focus = TestQueries.select(store, """
                SELECT ?code WHERE { ?p a canon:Profile ; skos:notation ?code ; canon:focus/skos:notation "HEALTHIN8668" }""")
                .stream().map(r -> r.get("code")).toList();
        JsonNode hits = getJson("/api/search?q=health+informatics&limit=50");
        List<String> first = new ArrayList<>();
        for (int i = 0; i < focus.size(); i++) {
            first.add(hits.get(i).path("code").asString());
        }
        assertThat(first).containsExactlyInAnyOrderElementsOf(focus);
        JsonNode m3 = hits.valueStream().filter(h -> h.path("code").asString().equals(M3)).findFirst().orElseThrow();
        // the fields of the profile search before the text index, then the concept's IRI, scheme, type and page
        assertThat(m3.propertyNames()).containsExactly("code", "title", "score", "matched", "iri", "scheme", "type", "page");
        assertThat(m3.path("title").asString()).isEqualTo("Health Informatics — M3");
        assertThat(m3.path("score").isNumber()).isTrue();
        assertThat(m3.path("matched").asString()).startsWith("title");
        assertThat(m3.path("page").asString()).isEqualTo("/id/profile/" + M3);
        assertThat(get(api(m3.path("page").asString()), "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void aCodeFiltersAndAListOfSchemes() throws Exception {
        assertThat(getJson("/api/search?q=" + M3 + "&limit=1").get(0).path("code").asString()).isEqualTo(M3);
        JsonNode skills = getJson("/api/search?q=critical+thinking&scheme=canon-skills&type=skill");
        assertThat(skills.size()).isPositive();
        assertThat(skills.get(0).path("page").asString()).isEqualTo("/id/skill/critical-thinking");
        skills.forEach(h -> assertThat(h.path("scheme").asString()).isEqualTo("canon-skills"));
        skills.forEach(h -> assertThat(h.has("code")).as("a skill has no code: the field is left out").isFalse());
        // repeated or comma-separated
        JsonNode two = getJson("/api/search?q=health&scheme=canon&scheme=canon-skills&limit=200");
        JsonNode comma = getJson("/api/search?q=health&scheme=canon,canon-skills&limit=200");
        assertThat(comma).isEqualTo(two);
        assertThat(two.valueStream().map(h -> h.path("scheme").asString()).distinct()).containsExactlyInAnyOrder("canon", "canon-skills");
        assertThat(getJson("/api/search?q=health&limit=3").size()).isEqualTo(3);
    }

    @Test
    void suggestCompletesLabels() throws Exception {
        JsonNode c = getJson("/api/suggest?q=health+inf");
        assertThat(c.get(0).path("label").asString()).isEqualTo("Health Informatics");
        assertThat(c.get(0).path("type").asString()).isEqualTo("focus");
        assertThat(c.get(0).path("page").asString()).isEqualTo("/id/focus/HEALTHIN8668");
        assertThat(c.valueStream().map(x -> x.path("code").asString())).contains(M3);
        assertThat(c.size()).isEqualTo(SearchService.DEFAULT_SUGGEST_LIMIT);
        assertThat(getJson("/api/suggest?q=health+inf&type=profile&limit=3").valueStream()
                .map(x -> x.path("type").asString())).containsExactly("profile", "profile", "profile");
    }

    @Test
    void badInputIsProblemJsonNamingTheParameter() throws Exception {
        for (String[] c : List.of(new String[] {"/api/search?q=", "q"}, new String[] {"/api/search?q=health&scheme=klingon", "scheme"},
                new String[] {"/api/search?q=health&type=planet", "type"}, new String[] {"/api/search?q=health&limit=0", "limit"},
                new String[] {"/api/suggest?q=%20", "q"}, new String[] {"/api/suggest?q=he&limit=500", "limit"})) {
            HttpResponse<String> r = get(api(c[0]), "application/json");
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
            assertThat(json.readTree(r.body()).path("parameter").asString()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void theDescriptionStatesTheRangesAndValuesTheServiceEnforces() throws Exception {
        JsonNode paths = getJson("/v3/api-docs").path("paths");
        JsonNode search = paths.path("/api/search").path("get");
        JsonNode suggest = paths.path("/api/suggest").path("get");
        assertThat(search.path("responses").path("200").path("content").path("application/json").path("schema")
                .path("items").path("$ref").asString()).endsWith("/SearchHit");
        assertThat(suggest.path("responses").path("200").path("content").path("application/json").path("schema")
                .path("items").path("$ref").asString()).endsWith("/Completion");
        checkText(param(search, "q"), SearchService.MIN_TEXT, SearchService.MAX_TEXT);
        checkText(param(suggest, "q"), SearchService.MIN_PREFIX, SearchService.MAX_PREFIX);
        checkLimit(param(search, "limit"), SearchService.DEFAULT_LIMIT, SearchService.MAX_LIMIT);
        checkLimit(param(suggest, "limit"), SearchService.DEFAULT_SUGGEST_LIMIT, SearchService.MAX_SUGGEST_LIMIT);
        for (JsonNode op : List.of(search, suggest)) {
            assertThat(param(op, "scheme").path("schema").path("items").path("enum").valueStream().map(JsonNode::asString))
                    .containsExactlyElementsOf(TextCorpus.SCHEMES);
            assertThat(param(op, "type").path("schema").path("items").path("enum").valueStream().map(JsonNode::asString))
                    .containsExactlyElementsOf(TextCorpus.TYPES);
            assertThat(op.path("responses").propertyNames()).contains("200", "400", "406", "500").doesNotContain("404");
        }
    }

    private static JsonNode param(JsonNode op, String name) {
        return op.path("parameters").valueStream().filter(p -> p.path("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private static void checkText(JsonNode q, int min, int max) {
        assertThat(q.path("required").asBoolean()).isTrue();
        assertThat(q.path("schema").path("minLength").asInt()).isEqualTo(min);
        assertThat(q.path("schema").path("maxLength").asInt()).isEqualTo(max);
    }

    private static void checkLimit(JsonNode limit, int dflt, int max) {
        assertThat(limit.path("schema").path("type").asString()).isEqualTo("integer");
        assertThat(new BigDecimal(limit.path("schema").path("minimum").asString())).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(new BigDecimal(limit.path("schema").path("maximum").asString())).isEqualByComparingTo(BigDecimal.valueOf(max));
        assertThat(limit.path("schema").path("default").asInt()).isEqualTo(dflt);
    }

    @Test
    void theSearchPageListsTheHitsAsLinks() throws Exception {
        HttpResponse<String> r = get(api("/search?q=health+informatics"), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("<a href=\"/id/profile/" + M3 + "\">Health Informatics — M3</a>", "id=\"results\"",
                "value=\"health informatics\"");
        HttpResponse<String> filtered = get(api("/search?q=critical+thinking&scheme=canon-skills&type="), "text/html");
        assertThat(filtered.body()).contains("href=\"/id/skill/critical-thinking\"").doesNotContain("href=\"/id/profile/");
        HttpResponse<String> bad = get(api("/search?q=health&scheme=klingon"), "text/html");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"message\"", "klingon").doesNotContain("id=\"results\"");
        HttpResponse<String> none = get(api("/search"), "text/html");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("id=\"search-q\"").doesNotContain("id=\"results\"");
        assertThat(get(api("/search?q=zzzzqqq"), "text/html").body()).contains("Nothing matches.");
    }

    @Test
    void everyPageHasTheSearchBoxAndItsScript() throws Exception {
        for (String page : List.of("/", "/id/profile/" + M3, "/id/skill/critical-thinking", "/queries", "/ontology", "/search")) {
            String body = get(api(page), "text/html").body();
            assertThat(body).as(page).contains("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">",
                    "name=\"q\"", "<script src=\"/search.js\" defer></script>");
        }
        assertThat(get(api("/"), "text/html").body()).contains("id=\"home-q\"");
        HttpResponse<String> script = get(api("/search.js"), "*/*");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/api/suggest");
    }

    /** The documented example of text:query (docs/search.md) gives rows at the SPARQL endpoint. */
    @Test
    void theReadmesTextQueryExampleAnswersAtTheSparqlEndpoint() throws Exception {
        Assumptions.assumeFalse(TestStores.remote(), "text:query is the remote server's own configuration");
        String query = readmeTextQuery();
        HttpResponse<String> r = post(fuseki("/canon/sparql"), "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null, "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode rows = json.readTree(r.body()).path("results").path("bindings");
        assertThat(rows.size()).isPositive();
        // every row's concept has an alternative label with both words
        for (JsonNode row : rows) {
            String concept = row.path("concept").path("value").asString();
            assertThat(TestQueries.select(store, "SELECT ?a WHERE { <" + concept + "> skos:altLabel ?a "
                    + "FILTER (CONTAINS(LCASE(?a), \"clinical\") && CONTAINS(LCASE(?a), \"informatics\")) }")).as(concept).isNotEmpty();
        }
    }

    /** The SPARQL block of docs/search.md that uses text:query. */
    public static String readmeTextQuery() throws Exception {
        String readme = Files.readString(Path.of("docs/search.md"));
        for (int start = readme.indexOf("```sparql\n"); start >= 0; start = readme.indexOf("```sparql\n", start + 1)) {
            String block = readme.substring(start + "```sparql\n".length(), readme.indexOf("```", start + 10));
            if (block.contains("text:query")) {
                return block;
            }
        }
        throw new AssertionError("docs/search.md has no SPARQL example with text:query");
    }
}
