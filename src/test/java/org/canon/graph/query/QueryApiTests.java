package org.canon.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.TestStores;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The query API over HTTP, and the same named queries pasted into Fuseki giving the same rows. */
class QueryApiTests extends ServiceTestBase {
    static final String M3 = "HEALTH.HEALTHIN8668.M3";
    @Autowired QueryCatalog catalog;

    @Test
    void listsTheNamedQueriesWithTheirHeaders() throws Exception {
        HttpResponse<String> r = get(api("/api/queries"), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        for (NamedQuery q : catalog.all()) {
            assertThat(r.body()).contains("\"name\":\"" + q.name() + "\"");
        }
        assertThat(r.body()).contains("\"params\":[{\"name\":\"code\",\"type\":\"string\",\"default\":\"HEALTH.HEALTHIN8668.M3\"");
    }

    @Test
    void runsANamedQueryAsJsonOrCsv() throws Exception {
        HttpResponse<String> json = get(api("/api/queries/adjacency?code=" + M3 + "&limit=3"), "application/sparql-results+json");
        assertThat(json.statusCode()).isEqualTo(200);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertThat(rs.getResultVars()).contains("profileCode", "distance", "band");
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        assertThat(n).isEqualTo(3);
        HttpResponse<String> csv = get(api("/api/queries/adjacency?code=" + M3 + "&limit=3"), "text/csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.body().lines().count()).isEqualTo(4);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("profileCode,");
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        for (String query : List.of("adjacency?limit=abc", "adjacency?maxDistance=2", "adjacency?code=nope", "adjacency?colour=red",
                "search?q=x")) {
            HttpResponse<String> r = get(api("/api/queries/" + query), "application/json");
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
            String param = query.substring(query.indexOf('?') + 1, query.indexOf('='));
            assertThat(r.body()).as(query).contains("\"parameter\":\"" + param + "\"").doesNotContain("Exception");
        }
    }

    @Test
    void unknownQueryOrProfileIs404() throws Exception {
        assertThat(get(api("/api/queries/no-such-query"), "application/json").statusCode()).isEqualTo(404);
        for (String path : List.of("adjacent", "skills", "career-paths", "crosswalk")) {
            HttpResponse<String> r = get(api("/api/profiles/HEALTH.NOPE0000.M3/" + path), "application/json");
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).contains("HEALTH.NOPE0000.M3");
        }
    }

    @Test
    void friendlyEndpointsAnswerPlainJson() throws Exception {
        HttpResponse<String> adjacent = get(api("/api/profiles/" + M3 + "/adjacent?limit=2"), "application/json");
        assertThat(adjacent.statusCode()).isEqualTo(200);
        assertThat(adjacent.body()).startsWith("[{").contains("\"profileCode\":\"HEALTH.HEALTHIN8668.M", "\"distance\":0.",
                "\"band\":", "\"taxonomyDistance\":", "\"levelDistance\":", "\"trackChange\":");
        assertThat(get(api("/api/profiles/" + M3 + "/skills"), "application/json").body()).contains("EHR/EMR expertise");
        assertThat(get(api("/api/profiles/" + M3 + "/career-paths"), "application/json").body()).contains("HEALTH.HEALTHIN8668.M4");
        assertThat(get(api("/api/profiles/" + M3 + "/crosswalk"), "application/json").body()).contains("15-1211", "11-9111.00");
        assertThat(get(api("/api/search?q=health+informatics"), "application/json").body()).contains(M3);
    }

    @Test
    void fusekiGivesTheSameRowsAsTheApiForEveryNamedQuery() throws Exception {
        for (NamedQuery q : catalog.all()) {
            String accept = q.query().isConstructType() ? "text/turtle" : "application/sparql-results+json";
            HttpResponse<String> fromFuseki = post(fuseki("/canon/sparql"), "application/x-www-form-urlencoded",
                    "query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8), null, accept);
            HttpResponse<String> fromApi = get(api("/api/queries/" + q.name()), accept);
            assertThat(fromFuseki.statusCode()).as(q.name()).isEqualTo(200);
            assertThat(fromApi.statusCode()).as(q.name()).isEqualTo(200);
            if (q.query().isConstructType()) {
                Graph a = turtle(fromFuseki.body());
                Graph b = turtle(fromApi.body());
                assertThat(a.size()).as(q.name()).isPositive();
                assertThat(a.isIsomorphicWith(b)).as(q.name()).isTrue();
            } else {
                Set<Binding> a = rows(fromFuseki.body());
                Set<Binding> b = rows(fromApi.body());
                assertThat(a).as(q.name()).isEqualTo(b);
                // checks may find nothing; suggestions and similar occupations need imported schemes, which this
                // service (the shipped data alone) lacks: their known answers are the cases on the fixtures
                // (queries/crosswalk-suggestions, queries/similar-occupations); the change log finds
                // nothing before a second release
                if (!q.name().startsWith("check-") && !Set.of("crosswalk-suggestions", "similar-occupations",
                        "changes", "concept-history").contains(q.name())) {
                    assertThat(a).as(q.name()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void malformedOrOverlongSparqlIs400() throws Exception {
        assumeFalse(TestStores.remote(), "the limits of the remote server are its own configuration");
        HttpResponse<String> bad = get(fuseki("/canon/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p }", StandardCharsets.UTF_8)),
                "application/sparql-results+json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("line 1, column");
        String longQuery = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(31000);
        HttpResponse<String> tooLong = post(fuseki("/canon/sparql"), "application/sparql-query", longQuery, null);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("the limit is 30000");
    }

    static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    static Set<Binding> rows(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        Set<Binding> rows = new HashSet<>();
        while (rs.hasNext()) {
            rows.add(rs.nextBinding());
        }
        return rows;
    }
}
