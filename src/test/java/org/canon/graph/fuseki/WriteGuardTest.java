package org.canon.graph.fuseki;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.canon.graph.TestStores;
import org.canon.graph.fuseki.FusekiLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With canon.admin.password set, writes need those credentials: refused without, accepted with. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "canon.test.store-mode", matches = "remote")
class WriteGuardTest {
    final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    @Autowired FusekiLauncher fuseki;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry r) {
        r.add("canon.store.dir", () -> TestStores.newFolder("writes").toString());
        r.add("canon.fuseki.port", () -> "0");
        r.add("canon.admin.user", () -> "curator");
        r.add("canon.admin.password", () -> "s3cret-for-tests");
    }

    HttpResponse<String> post(String path, String contentType, String body, String user, String password) throws Exception {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + fuseki.port() + path))
                .header("Content-Type", contentType).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    boolean has(String triple) throws Exception {
        String q = "ASK { GRAPH ?g { " + triple + " } }";
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + fuseki.port()
                + "/canon/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()).body().contains("true");
    }

    @Test
    void updateNeedsTheConfiguredCredentials() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:b> \"one\" } }";
        assertThat(post("/canon/update", "application/sparql-update", update, null, null).statusCode()).isEqualTo(401);
        assertThat(post("/canon/update", "application/sparql-update", update, "curator", "wrong").statusCode()).isEqualTo(401);
        assertThat(has("<urn:test:a> <urn:test:b> \"one\"")).isFalse();
        assertThat(post("/canon/update", "application/sparql-update", update, "curator", "s3cret-for-tests").statusCode()).isIn(200, 204);
        assertThat(has("<urn:test:a> <urn:test:b> \"one\"")).isTrue();
    }

    @Test
    void graphStoreWritesNeedTheConfiguredCredentials() throws Exception {
        String turtle = "<urn:test:c> <urn:test:d> \"two\" .";
        assertThat(post("/canon/data?graph=urn:test:h", "text/turtle", turtle, null, null).statusCode()).isEqualTo(401);
        assertThat(has("<urn:test:c> <urn:test:d> \"two\"")).isFalse();
        assertThat(post("/canon/data?graph=urn:test:h", "text/turtle", turtle, "curator", "s3cret-for-tests").statusCode())
                .isIn(200, 201, 204);
        assertThat(has("<urn:test:c> <urn:test:d> \"two\"")).isTrue();
        assertThat(post("/$/datasets?dbName=x&dbType=mem", "application/x-www-form-urlencoded", "", null, null).statusCode())
                .isEqualTo(401);
    }
}
