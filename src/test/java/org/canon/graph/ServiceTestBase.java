package org.canon.graph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.canon.graph.fuseki.FusekiLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on random ports over a fresh store loaded from the shipped sources, shared by the HTTP
 * tests (one application context for all of them), with small HTTP helpers. In remote mode the service runs
 * over the test Fuseki server, whose own endpoints and UI stand in for the embedded Fuseki.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTestBase {
    protected final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort protected int apiPort;
    @Autowired protected FusekiLauncher fuseki;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry r) {
        if (TestStores.remote()) {
            r.add("canon.store.mode", () -> "remote");
            // a test class that writes to the store names a dataset of its own in canon.test.remote-dataset
            r.add("canon.store.remote.url", () -> "${canon.test.remote-dataset:" + RemoteFuseki.get().canonUrl() + "}");
        }
        r.add("canon.store.dir", () -> TestStores.newFolder("app").toString());
        r.add("canon.fuseki.port", () -> "0");
        r.add("canon.query.max-length", () -> "30000");
        r.add("canon.query.max-result-size", () -> "1MB");
    }

    protected HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> post(String url, String contentType, String body, String auth)
            throws IOException, InterruptedException {
        return post(url, contentType, body, auth, "*/*");
    }

    protected HttpResponse<String> post(String url, String contentType, String body, String auth, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A URL of the SPARQL server: the embedded Fuseki, or in remote mode the remote server. */
    protected String fuseki(String path) {
        return TestStores.remote() ? RemoteFuseki.get().baseUrl() + path : "http://localhost:" + fuseki.port() + path;
    }

    protected String api(String path) {
        return "http://localhost:" + apiPort + path;
    }
}
