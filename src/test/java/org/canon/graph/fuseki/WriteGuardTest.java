package org.canon.graph.fuseki;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.canon.graph.AdminServiceTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * With canon.admin.password set, writes need those credentials: refused without, accepted with; the Graph Store's
 * default graph, the union of the named graphs, is read but never written.
 */
@DisabledIfSystemProperty(named = "canon.test.store-mode", matches = "remote")
class WriteGuardTest extends AdminServiceTestBase {

    HttpResponse<String> post(String path, String contentType, String body, String user, String password) throws Exception {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + fuseki.port() + path))
                .header("Content-Type", contentType).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", basic(user, password));
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

    @Test
    void theUnionDefaultGraphIsReadButNeverWritten() throws Exception {
        String turtle = "<urn:test:e> <urn:test:f> \"three\" .";
        for (String target : new String[] {"/canon/data?default", "/canon/data?graph=default", "/canon?default"}) {
            HttpResponse<String> r = post(target, "text/turtle", turtle, "curator", "s3cret-for-tests");
            assertThat(r.statusCode()).as(target).isEqualTo(400);
            assertThat(r.body()).as(target).contains("union of the named graphs", "?graph=");
        }
        assertThat(has("<urn:test:e> <urn:test:f> \"three\"")).isFalse();
        var read = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + fuseki.port()
                + "/canon/data?default")).header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("HEALTH.HEALTHIN8668.M3");
    }
}
