package org.canon.graph.fuseki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.canon.graph.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The public endpoints as an attacker meets them: no outbound requests through SERVICE, answers capped in
 * size, CORS open to reads only. (Writes are covered by {@link WriteGuardTest} and the bad-input corpus.)
 * These are the embedded Fuseki's own policies, so they are not run over a remote store.
 */
@DisabledIfSystemProperty(named = "canon.test.store-mode", matches = "remote")
class FusekiPoliciesTest extends ServiceTestBase {

    @Test
    void serviceClauseReachesNoOtherHost() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(200);
            Thread watcher = new Thread(() -> {
                long end = System.currentTimeMillis() + 3000;
                while (System.currentTimeMillis() < end) {
                    try (Socket s = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            watcher.start();
            String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> r = get(fuseki("/canon/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)),
                    "application/sparql-results+json");
            watcher.join();
            assertThat(r.statusCode()).isGreaterThanOrEqualTo(400);
            assertThat(r.body()).containsIgnoringCase("SERVICE");
            assertThat(connections.get()).as("connections the server made to the SERVICE address").isZero();
        }
    }

    @Test
    void answersLargerThanTheCapAreCutOff() throws Exception {
        String all = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
        long received;
        boolean complete;
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(fuseki("/canon/sparql?query="
                    + URLEncoder.encode(all, StandardCharsets.UTF_8)))).header("Accept", "application/n-triples").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            received = r.body().length;
            complete = true;
        } catch (IOException e) {
            received = -1;
            complete = false;
        }
        // the store holds well over 1 MB of N-Triples (the test context caps answers at 1 MB)
        if (complete) {
            assertThat(received).isLessThanOrEqualTo(1024 * 1024);
        }
        HttpResponse<String> small = get(fuseki("/canon/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)),
                "application/sparql-results+json");
        assertThat(small.statusCode()).isEqualTo(200);
    }

    @Test
    void graphStoreProtocolReadsNamedGraphs() throws Exception {
        HttpResponse<String> r = get(fuseki("/canon/get?graph=" + URLEncoder.encode("https://w3id.org/canon/graph/mappings/canon-soc-resolver",
                StandardCharsets.UTF_8)), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("jfm-factory.resolve");
    }

    @Test
    void corsIsOpenForReadsOnly() throws Exception {
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(fuseki("/canon/sparql?query=ASK%7B%7D")))
                .header("Origin", "https://analytics.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(fuseki("/canon/data")))
                .header("Origin", "https://analytics.example").header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().allValues("Access-Control-Allow-Methods").toString()).doesNotContain("PUT");

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(api("/api/profiles/HEALTH.HEALTHIN8668.M3")))
                .header("Origin", "https://analytics.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> apiWrite = http.send(HttpRequest.newBuilder(URI.create(api("/api/profiles/HEALTH.HEALTHIN8668.M3")))
                .header("Origin", "https://analytics.example").header("Access-Control-Request-Method", "DELETE")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(apiWrite.statusCode()).isEqualTo(403);
    }
}
