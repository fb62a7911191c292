package org.canon.graph.publish;

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
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.canon.graph.LoadGenerator;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.TestSources;
import org.canon.graph.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Releases swapped in under load: after a warm-up (20 s, 4 clients, not counted), 32 clients query the service for 60
 * seconds (system properties {@code canon.load.clients}, {@code canon.load.seconds}, {@code canon.load.warm-up-seconds})
 * while three releases of the shipped taxonomy are reloaded one after the other through {@code POST /api/admin/reload},
 * the second of them invalid; the load goes on until the last reload has answered. Every release marks every profile
 * with its own {@code owl:versionInfo} (v11 for the release the service starts on, v12, v13 for the invalid one, v14),
 * so each answer can be checked to come entirely from one release: a SPARQL query reads the number of the latest
 * release and the markers of all profiles, which must be exactly that release's one marker; the profile card of
 * HEALTH.HEALTHIN8668.M2 must show the title of the release its version marker names. No request may fail or mix
 * releases; the invalid release is refused with its report; the change logs are exactly the edits made. The query
 * timeout is 30 s, not 10 s: what is tested is consistency, on a machine that 32 clients and reloads may saturate.
 * The figures go to {@code target/reload-under-load.md}.
 */
@Tag("long")
class ReloadUnderLoadTest extends ServiceTestBase {
    static final String M2 = "HEALTH.HEALTHIN8668.M2";
    static final String OLD_TITLE = "Health Informatics — M2";
    static final String NEW_TITLE = "Health Informatics Manager — M2";
    /** The marker of each release that becomes live: 1 (start), 2 (B), 3 (D; C is refused). */
    static final Map<Long, String> MARKERS = Map.of(1L, "v11", 2L, "v12", 3L, "v14");
    static final String CONSISTENCY = """
            PREFIX canon: <https://w3id.org/canon/ontology#>
            PREFIX dcat:  <http://www.w3.org/ns/dcat#>
            PREFIX owl:   <http://www.w3.org/2002/07/owl#>
            PREFIX xsd:   <http://www.w3.org/2001/XMLSchema#>
            SELECT ?version (COUNT(DISTINCT ?marker) AS ?markers) (MIN(?marker) AS ?first) WHERE {
              { SELECT (MAX(xsd:integer(?v)) AS ?version) WHERE {
                  GRAPH <https://w3id.org/canon/graph/releases> {
                    ?r dcat:inSeries <https://w3id.org/canon/id/release> ; dcat:version ?v } } }
              ?p a canon:Profile ; owl:versionInfo ?marker .
            } GROUP BY ?version""";
    static Map<String, Path> releases;
    static String sparqlEndpoint;
    final JsonMapper json = JsonMapper.builder().build();
    final Set<Long> versionsSeen = ConcurrentHashMap.newKeySet();

    @DynamicPropertySource
    static void releaseSettings(DynamicPropertyRegistry r) {
        r.add("canon.admin.password", () -> "s3cret");
        r.add("canon.sources.dir", () -> releases().get("A").toString());
        r.add("canon.query.timeout", () -> "30s");
        if (TestStores.remote()) {
            r.add("canon.test.remote-dataset", ReloadUnderLoadTest::dataset);
        }
    }

    /** The dataset of this class in remote mode, emptied once (the property is read more than once). */
    static synchronized String dataset() {
        if (sparqlEndpoint == null) {
            sparqlEndpoint = AdminApiTest.emptyDataset() + "/sparql";
        }
        return sparqlEndpoint.substring(0, sparqlEndpoint.length() - "/sparql".length());
    }

    /** A (the start), B (a title, a median pay), C (B with a shape violation), D (B with P1 retired), each marked. */
    static synchronized Map<String, Path> releases() {
        if (releases == null) {
            Path a = marked("A", "v11");
            Path b = marked("B", "v12");
            Path health = Path.of("data/taxonomy/health.ttl");
            TestSources.edit(b.resolve(health), "skos:prefLabel \"" + OLD_TITLE + "\"@en ;", "skos:prefLabel \"" + NEW_TITLE + "\"@en ;");
            TestSources.edit(b.resolve(health), "cpay:HEALTH.HEALTHIN8668.M1 a schema:MonetaryAmountDistribution ;\n"
                    + "    schema:currency \"USD\" ;\n    schema:median 88000.0 ;", "cpay:HEALTH.HEALTHIN8668.M1 a "
                    + "schema:MonetaryAmountDistribution ;\n    schema:currency \"USD\" ;\n    schema:median 90000.0 ;");
            Path c = marked("C", "v13");
            copyTaxonomy(b, c, "v12", "v13");
            TestSources.edit(c.resolve(health), "canon:confidenceBand canon:HighConfidence ;\n    canon:confidenceScore 0.83 ;",
                    "canon:confidenceBand canon:HighConfidence ;\n    canon:confidenceScore 0.40 ;");
            Path d = marked("D", "v14");
            copyTaxonomy(b, d, "v12", "v14");
            TestSources.edit(d.resolve(health), "canon:level clvl:P1 ;\n    canon:recordStatus canon:Approved ;",
                    "canon:level clvl:P1 ;\n    canon:recordStatus canon:Retired ;\n"
                            + "    dcterms:isReplacedBy cprof:HEALTH.HEALTHIN8668.P2 ;");
            releases = Map.of("A", a, "B", b, "C", c, "D", d);
        }
        return releases;
    }

    /** A copy of the shipped sources whose profiles all carry {@code marker} as their owl:versionInfo. */
    static Path marked(String name, String marker) {
        Path root = TestSources.copy("reload-" + name);
        for (String f : List.of("finance", "health", "people", "software")) {
            rewrite(root.resolve("data/taxonomy/" + f + ".ttl"), "owl:versionInfo \"v\\d+\"", "owl:versionInfo \"" + marker + "\"");
        }
        return root;
    }

    /** The taxonomy files of {@code from} into {@code to}, with marker {@code was} turned into {@code is}. */
    static void copyTaxonomy(Path from, Path to, String was, String is) {
        for (String f : List.of("finance", "health", "people", "software")) {
            try {
                Files.writeString(to.resolve("data/taxonomy/" + f + ".ttl"), Files.readString(
                        from.resolve("data/taxonomy/" + f + ".ttl")).replace("owl:versionInfo \"" + was + "\"",
                        "owl:versionInfo \"" + is + "\""));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static void rewrite(Path file, String regex, String replacement) {
        try {
            Files.writeString(file, Files.readString(file).replaceAll(regex, replacement));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A reload asked for during the load, and how it went. */
    record Reload(String release, int status, long millis, String body) {}

    @Test
    void threeReleasesUnderLoadWithoutErrorsOrMixedAnswers() throws Exception {
        List<String> codes = profileCodes();
        assertThat(codes).hasSize(132);
        int clients = Integer.getInteger("canon.load.clients", 32);
        int seconds = Integer.getInteger("canon.load.seconds", 60);
        List<Function<Random, LoadGenerator.Request>> kinds = List.of(
                r -> new LoadGenerator.Request("POST /canon/sparql: latest release and markers", sparql(CONSISTENCY),
                        this::checkMarkers),
                r -> new LoadGenerator.Request("GET /api/profiles/" + M2 + ": title and version", get("/api/profiles/" + M2),
                        this::checkCard),
                r -> new LoadGenerator.Request("GET /api/releases", get("/api/releases"),
                        body -> body.startsWith("[{") ? null : "no releases: " + body),
                r -> new LoadGenerator.Request("GET /api/queries/concept-history", get(
                        "/api/queries/concept-history?code=" + M2)),
                r -> new LoadGenerator.Request("GET /api/profiles/{code}",
                        get("/api/profiles/" + codes.get(r.nextInt(codes.size())))));
        LoadGenerator.Mix mix = r -> kinds.get(r.nextInt(kinds.size())).apply(r);
        int warmUp = Integer.getInteger("canon.load.warm-up-seconds", 20);
        new LoadGenerator(mix, Math.min(clients, 4), Duration.ofSeconds(warmUp)).run();

        List<Reload> reloads = new ArrayList<>();
        long start = System.nanoTime();
        Thread swapper = new Thread(() -> {
            for (String release : List.of("B", "C", "D")) {
                sleepUntil(start, Duration.ofSeconds(seconds).multipliedBy(reloads.size() + 1).dividedBy(5));
                reloads.add(reload(release));
                Reload last = reloads.get(reloads.size() - 1);
                System.out.printf("reload %s: %d in %d ms%n", last.release(), last.status(), last.millis());
            }
            // the load goes on until the readers have been answered from the last release too
            long waitFrom = System.nanoTime();
            while (!versionsSeen.contains(3L) && System.nanoTime() - waitFrom < Duration.ofSeconds(60).toNanos()) {
                sleepUntil(System.nanoTime(), Duration.ofMillis(200));
            }
        }, "release-swapper");
        swapper.start();
        LoadGenerator.Report report = new LoadGenerator(mix, clients, Duration.ofSeconds(seconds), swapper::isAlive).run();
        swapper.join();

        StringBuilder md = new StringBuilder("After a warm-up of " + warmUp + " s with " + Math.min(clients, 4)
                + " clients (not counted):\n\n").append(report.markdown()).append("\nReleases swapped in during the run:\n\n")
                .append("| release | status | reload (ms) |\n|---|---:|---:|\n");
        reloads.forEach(r -> md.append(String.format(Locale.ROOT, "| %s | %d | %d |%n", r.release(), r.status(), r.millis())));
        md.append("\nReleases seen by the consistency query: ").append(new TreeSet<>(versionsSeen)).append('\n');
        Files.writeString(Path.of("target", "reload-under-load.md"), md);
        System.out.println(md);

        assertThat(report.overall().errors()).as("errors and mixed answers, the first ones: %s", report.errors()).isZero();
        assertThat(reloads).extracting(Reload::status).containsExactly(201, 422, 201);
        JsonNode refused = json.readTree(reloads.get(1).body());
        assertThat(refused.path("problems").toString()).contains("https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.M1",
                "confidence score 0.4");
        assertThat(versionsSeen).as("the readers saw the releases change").containsAll(Set.of(1L, 3L));
        assertThat(changes(1, 2)).isEqualTo(expected(codes, 2));
        assertThat(changes(2, 3)).isEqualTo(expected(codes, 3));
    }

    /** The hand-made change log of release 2 (B) and of release 3 (D), one line per value changed. */
    static Set<String> expected(List<String> codes, long release) {
        Set<String> lines = new TreeSet<>();
        String type = "changed";
        String was = release == 2 ? "v11" : "v12";
        String is = release == 2 ? "v12" : "v14";
        for (String code : codes) {
            String t = release == 3 && code.equals("HEALTH.HEALTHIN8668.P1") ? "retired" : type;
            lines.add(release + " " + t + " " + code + " http://www.w3.org/2002/07/owl#versionInfo - " + was + " -> " + is);
        }
        if (release == 2) {
            lines.add("2 changed " + M2 + " http://www.w3.org/2004/02/skos/core#prefLabel - " + OLD_TITLE + " -> " + NEW_TITLE);
            lines.add("2 changed HEALTH.HEALTHIN8668.M1 https://schema.org/median https://schema.org/estimatedSalary "
                    + "88000.0 -> 90000.0");
        } else {
            lines.add("3 retired HEALTH.HEALTHIN8668.P1 https://w3id.org/canon/ontology#recordStatus - "
                    + "https://w3id.org/canon/ontology#Approved -> https://w3id.org/canon/ontology#Retired");
            lines.add("3 retired HEALTH.HEALTHIN8668.P1 http://purl.org/dc/terms/isReplacedBy - null -> "
                    + "https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.P2");
        }
        return lines;
    }

    /** The change log from the API, one line per value changed. */
    Set<String> changes(long from, long to) throws Exception {
        JsonNode log = json.readTree(super.get(api("/api/releases/" + from + "/changes/" + to), "application/json").body());
        Set<String> lines = new TreeSet<>();
        for (JsonNode c : log.path("changes")) {
            for (JsonNode v : c.path("values")) {
                lines.add(c.path("release").asLong() + " " + c.path("type").asString() + " " + c.path("code").asString()
                        + " " + v.path("property").asString() + " " + (v.path("via").isNull() ? "-" : v.path("via").asString())
                        + " " + value(v.path("oldValue")) + " -> " + value(v.path("newValue")));
            }
        }
        return lines;
    }

    /** A value as the expected lines write it: numbers as decimals (88000.0), null as "null". */
    static String value(JsonNode v) {
        return v.isNull() ? "null" : v.isNumber() ? String.valueOf(v.asDouble()) : v.asString();
    }

    /** One row: the latest release, how many markers the profiles carry (1) and which (that release's). */
    String checkMarkers(String csv) {
        List<String> lines = csv.lines().skip(1).filter(l -> !l.isBlank()).toList();
        if (lines.size() != 1) {
            return "expected one row: " + csv;
        }
        String[] row = lines.get(0).strip().split(",");
        long version = Long.parseLong(row[0]);
        versionsSeen.add(version);
        if (!row[1].equals("1") || !row[2].equals(MARKERS.get(version))) {
            return "release " + version + " but profiles marked " + row[2] + " (" + row[1] + " markers)";
        }
        return null;
    }

    /** The card's title is that of the release its version marker names. */
    String checkCard(String body) {
        JsonNode card = json.readTree(body);
        String version = card.path("record").path("version").asString();
        String title = card.path("title").asString();
        String expected = version.equals("v11") ? OLD_TITLE : NEW_TITLE;
        return MARKERS.containsValue(version) && title.equals(expected) ? null : "version " + version + " with title " + title;
    }

    Reload reload(String release) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = post(api("/api/admin/reload?sources=" + URLEncoder.encode(
                    releases().get(release).toAbsolutePath().toString(), StandardCharsets.UTF_8)),
                    "application/x-www-form-urlencoded", "", "admin:s3cret", "application/json");
            return new Reload(release, r.statusCode(), (System.nanoTime() - t0) / 1_000_000, r.body());
        } catch (Exception e) {
            return new Reload(release, -1, (System.nanoTime() - t0) / 1_000_000, e.toString());
        }
    }

    List<String> profileCodes() throws Exception {
        String query = "PREFIX canon: <https://w3id.org/canon/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?code WHERE { ?p a canon:Profile ; skos:notation ?code } ORDER BY ?code";
        HttpResponse<String> r = post(endpoint(), "application/sparql-query", query, null, "text/csv");
        return r.body().lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    String endpoint() {
        return sparqlEndpoint != null ? sparqlEndpoint : fuseki("/canon/sparql");
    }

    HttpRequest sparql(String query) {
        return HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(api(path))).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    static void sleepUntil(long start, Duration after) {
        long wait = start + after.toNanos() - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
