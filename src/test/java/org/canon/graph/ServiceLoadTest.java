package org.canon.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service under load: 32 clients for 60 seconds, after a warm-up of 20 seconds with 4 clients (system
 * properties {@code canon.load.clients}, {@code canon.load.seconds}, {@code canon.load.warm-up-seconds}), each
 * client mixing the profile endpoints, search, a named query through the API, the files of {@code sparql/} and
 * ad-hoc queries posted to Fuseki's {@code /canon/sparql}, all over loopback. No request may fail; the counts
 * and latencies are written to {@code target/load-results.md}.
 */
@Tag("long")
class ServiceLoadTest extends ServiceTestBase {
    static final String PREFIXES = """
            PREFIX canon: <https://w3id.org/canon/ontology#>
            PREFIX skos:  <http://www.w3.org/2004/02/skos/core#>
            """;
    static final List<String> WORDS = List.of("health", "informatics", "director", "engineer", "finance",
            "analytics", "people", "data", "senior manager", "software");
    static final List<String> AD_HOC = List.of(PREFIXES + """
            SELECT ?function (COUNT(?p) AS ?profiles) WHERE { ?p a canon:Profile ; canon:function ?function }
            GROUP BY ?function ORDER BY ?function""", PREFIXES + """
            SELECT ?code ?title WHERE {
              ?p a canon:Profile ; skos:notation ?code ; skos:prefLabel ?title ; canon:level/canon:grade ?grade .
              FILTER(?grade >= 5)
            } ORDER BY ?code LIMIT 50""", """
            SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g""");

    @Test
    void thirtyTwoClientsForSixtySecondsWithoutErrors() throws Exception {
        List<String> codes = column(PREFIXES + """
                SELECT ?v WHERE { ?p a canon:Profile ; skos:notation ?v ; canon:recordStatus ?s
                  FILTER(?s != canon:Retired) } ORDER BY ?v""");
        List<String> skills = column(PREFIXES + """
                SELECT ?v WHERE { ?s a canon:Skill BIND(STRAFTER(STR(?s), "/id/skill/") AS ?v) FILTER(?v != "") }
                ORDER BY ?v""");
        List<String> files = new ArrayList<>();
        try (Stream<Path> rq = Files.list(Path.of("sparql"))) {
            for (Path p : rq.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                files.add(Files.readString(p));
            }
        }
        assertThat(codes).hasSizeGreaterThan(100);
        assertThat(skills).hasSizeGreaterThan(50);
        assertThat(files).isNotEmpty();

        List<Function<Random, LoadGenerator.Request>> kinds = List.of(
                r -> api("GET /api/profiles/{code}", "/api/profiles/" + pick(r, codes)),
                r -> api("GET /api/profiles/{code}/adjacent", "/api/profiles/" + pick(r, codes) + "/adjacent?limit=10"),
                r -> api("GET /api/profiles/{code}/skills", "/api/profiles/" + pick(r, codes) + "/skills"),
                r -> api("GET /api/profiles/{code}/career-paths", "/api/profiles/" + pick(r, codes) + "/career-paths"),
                r -> api("GET /api/profiles/{code}/crosswalk", "/api/profiles/" + pick(r, codes) + "/crosswalk"),
                r -> api("GET /api/search?q=", "/api/search?q=" + encode(pick(r, WORDS))),
                r -> api("GET /api/queries/skill-holders?skill=", "/api/queries/skill-holders?skill=" + pick(r, skills)),
                r -> sparql("POST /canon/sparql: a sparql/*.rq file", pick(r, files)),
                r -> sparql("POST /canon/sparql: ad-hoc query", pick(r, AD_HOC)));
        int clients = Integer.getInteger("canon.load.clients", 32);
        int seconds = Integer.getInteger("canon.load.seconds", 60);
        int warmUp = Integer.getInteger("canon.load.warm-up-seconds", 20);
        LoadGenerator.Mix mix = r -> pick(r, kinds).apply(r);

        // A fresh JVM runs the queries interpreted until the JIT has compiled them: warm it up with a few
        // clients first (not measured), as a service that has been running for a while is.
        new LoadGenerator(mix, Math.min(clients, 4), Duration.ofSeconds(warmUp)).run();
        LoadGenerator.Report report = new LoadGenerator(mix, clients, Duration.ofSeconds(seconds)).run();

        String md = "After a warm-up of " + warmUp + " s with " + Math.min(clients, 4) + " clients (not counted):\n\n"
                + report.markdown();
        Files.writeString(Path.of("target", "load-results.md"), md);
        System.out.println(md);
        assertThat(report.overall().errors()).as("errors, the first ones: %s", report.errors()).isZero();
        assertThat(report.perKind()).hasSize(kinds.size());
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    LoadGenerator.Request api(String kind, String path) {
        return new LoadGenerator.Request(kind, HttpRequest.newBuilder(URI.create(api(path)))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build());
    }

    LoadGenerator.Request sparql(String kind, String query) {
        return new LoadGenerator.Request(kind, HttpRequest.newBuilder(URI.create(fuseki("/canon/sparql")))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(query)).build());
    }

    /** The values of the single column {@code ?v} of a query to Fuseki, as CSV. */
    List<String> column(String query) throws Exception {
        HttpResponse<String> r = post(fuseki("/canon/sparql"), "application/sparql-query", query, null, "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
