package org.canon.graph.fuseki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A pathological query sent to Fuseki's endpoint (a cross product, a long property path) is stopped within
 * {@code canon.query.timeout} (2 s here) plus one second, while other requests keep being answered. Long only
 * for its own application context (another start-up and load of the store); the test itself takes seconds.
 */
@Tag("long")
class PathologicalQueryTest extends ServiceTestBase {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Map<String, String> PATHOLOGICAL = new LinkedHashMap<>();

    static {
        PATHOLOGICAL.put("cross product", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        PATHOLOGICAL.put("long property path", "SELECT (COUNT(*) AS ?n) WHERE { "
                + "?a (<urn:x:none>|!<urn:x:none>)+ ?b . ?b (<urn:x:none>|^!<urn:x:none>)+ ?c }");
    }

    static final String SIMPLE = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "SELECT ?title WHERE { ?p skos:notation \"HEALTH.HEALTHIN8668.M3\" ; skos:prefLabel ?title }";

    @DynamicPropertySource
    static void shortTimeout(DynamicPropertyRegistry r) {
        r.add("canon.query.timeout", () -> TIMEOUT.toSeconds() + "s");
    }

    /** An answer: its status, when it came (ms after the pathological queries were sent) and how long it took. */
    record Answer(String what, int status, long atMillis, long tookMillis, String body) {}

    @Test
    void pathologicalQueriesAreStoppedWhileOthersAreAnswered() throws Exception {
        assumeFalse(TestStores.remote(), "a remote server's query timeout is its own configuration");
        assertThat(http.send(query(SIMPLE), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(get(api("/api/profiles/HEALTH.HEALTHIN8668.M3"), "application/json").statusCode()).isEqualTo(200);

        long start = System.nanoTime();
        List<CompletableFuture<Answer>> slow = new ArrayList<>();
        for (Map.Entry<String, String> q : PATHOLOGICAL.entrySet()) {
            slow.add(http.sendAsync(query(q.getValue()), HttpResponse.BodyHandlers.ofString())
                    .thenApply(r -> answer(q.getKey(), r, start, start)));
        }
        List<Answer> meanwhile = new ArrayList<>();
        while (slow.stream().anyMatch(f -> !f.isDone())) {
            long t0 = System.nanoTime();
            meanwhile.add(answer("simple query", http.send(query(SIMPLE), HttpResponse.BodyHandlers.ofString()), start, t0));
            t0 = System.nanoTime();
            meanwhile.add(answer("profile card", get(api("/api/profiles/HEALTH.HEALTHIN8668.M3"), "application/json"),
                    start, t0));
            Thread.sleep(50);
        }

        List<String> report = new ArrayList<>();
        long firstStopped = Long.MAX_VALUE;
        for (CompletableFuture<Answer> f : slow) {
            Answer a = f.get();
            firstStopped = Math.min(firstStopped, a.atMillis());
            report.add(String.format(Locale.ROOT, "%s: answered %d after %d ms (timeout %d ms): %s", a.what(), a.status(),
                    a.tookMillis(), TIMEOUT.toMillis(), a.body().strip().lines().findFirst().orElse("")));
            assertThat(a.tookMillis()).as(a.what() + " stopped within the timeout plus one second")
                    .isLessThanOrEqualTo(TIMEOUT.toMillis() + 1000);
            assertThat(a.status() != 200 || a.body().toLowerCase(Locale.ROOT).contains("timeout"))
                    .as(a.what() + " ends with an error or a timeout message: " + a.status() + " " + a.body()).isTrue();
        }
        long stopped = firstStopped;
        List<Answer> before = meanwhile.stream().filter(a -> a.atMillis() < stopped).toList();
        report.add(String.format(Locale.ROOT, "meanwhile: %d other requests (a simple SPARQL query, a profile card), "
                        + "%d of them answered before the first pathological query was stopped; all 200; slowest %d ms",
                meanwhile.size(), before.size(), meanwhile.stream().mapToLong(Answer::tookMillis).max().orElse(-1)));
        Files.write(Path.of("target", "pathological-query-results.txt"), report);
        report.forEach(System.out::println);
        assertThat(meanwhile).allSatisfy(a -> assertThat(a.status()).as(a.what()).isEqualTo(200));
        assertThat(before).as("requests answered while the pathological queries ran").hasSizeGreaterThanOrEqualTo(2);
    }

    static Answer answer(String what, HttpResponse<String> r, long start, long sent) {
        long now = System.nanoTime();
        return new Answer(what, r.statusCode(), (now - start) / 1_000_000, (now - sent) / 1_000_000, r.body());
    }

    HttpRequest query(String sparql) {
        return HttpRequest.newBuilder(URI.create(fuseki("/canon/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
    }
}
