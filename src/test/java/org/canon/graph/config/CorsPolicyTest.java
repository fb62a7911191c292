package org.canon.graph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.canon.graph.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * One CORS policy on both ports, checked the same way on each: the REST API (Tomcat) and Fuseki (Jetty) answer a
 * cross-origin read with {@code Access-Control-Allow-Origin: *} and no credentials, accept preflights for reads
 * (GET, POST of a query) and refuse preflights for writes. Embedded Fuseki only: a remote server has its own.
 */
@DisabledIfSystemProperty(named = "canon.test.store-mode", matches = "remote")
class CorsPolicyTest extends ServiceTestBase {
    static final String ORIGIN = "https://analytics.example";

    /** A read on each port. */
    List<String> reads() {
        return List.of(api("/api/profiles/HEALTH.HEALTHIN8668.M3"),
                fuseki("/canon/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)));
    }

    HttpResponse<String> preflight(String url, String method, String headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", method).method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        if (headers != null) {
            b.header("Access-Control-Request-Headers", headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCrossOriginReadIsAllowedFromAnyOriginWithoutCredentials() throws Exception {
        for (String url : reads()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Origin", ORIGIN)
                    .header("Cookie", "session=1").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            assertThat(r.headers().allValues("Access-Control-Allow-Origin")).as(url).containsExactly("*");
            assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).as(url).isEmpty();
        }
    }

    @Test
    void preflightsForReadsAreAcceptedAlikeOnBothPorts() throws Exception {
        for (String url : reads()) {
            for (String method : List.of("GET", "POST")) {
                HttpResponse<String> r = preflight(url, method, "content-type");
                assertThat(r.statusCode()).as(method + " " + url).isEqualTo(200);
                assertThat(r.headers().allValues("Access-Control-Allow-Origin")).as(url).containsExactly("*");
                assertThat(String.join(",", r.headers().allValues("Access-Control-Allow-Methods")))
                        .as(url).isEqualTo("GET,HEAD,POST");
                assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).as(url).isEmpty();
            }
        }
    }

    @Test
    void preflightsForWritesAreRefusedOnBothPorts() throws Exception {
        for (String url : List.of(api("/api/profiles/HEALTH.HEALTHIN8668.M3"), fuseki("/canon/data?default"),
                fuseki("/canon"))) {
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                HttpResponse<String> r = preflight(url, method, null);
                assertThat(r.statusCode()).as(method + " " + url).isEqualTo(403);
                assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(method + " " + url).isEmpty();
            }
        }
    }

    @Test
    void aCrossOriginWriteIsNotMarkedReadableAndMeetsTheWriteGuard() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(fuseki("/canon/data?default")))
                .header("Origin", ORIGIN).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("read-only");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void withListedOriginsOthersAreNotMarkedReadable() throws Exception {
        CanonProperties.Cors settings = new CanonProperties.Cors();
        settings.setAllowedOrigins(List.of("https://allowed.example"));
        for (String origin : List.of("https://allowed.example", ORIGIN)) {
            MockHttpServletRequest get = new MockHttpServletRequest("GET", "/api/profiles/X");
            get.addHeader("Origin", origin);
            MockHttpServletResponse answer = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            CorsPolicy.filter(settings).doFilter(get, answer, chain);
            assertThat(chain.getRequest()).as("passed on: " + origin).isNotNull();
            assertThat(answer.getHeader("Access-Control-Allow-Origin"))
                    .isEqualTo(origin.equals(ORIGIN) ? null : "https://allowed.example");

            MockHttpServletRequest preflight = new MockHttpServletRequest("OPTIONS", "/api/profiles/X");
            preflight.addHeader("Origin", origin);
            preflight.addHeader("Access-Control-Request-Method", "GET");
            MockHttpServletResponse refused = new MockHttpServletResponse();
            CorsPolicy.filter(settings).doFilter(preflight, refused, new MockFilterChain());
            assertThat(refused.getStatus()).as("preflight from " + origin).isEqualTo(origin.equals(ORIGIN) ? 403 : 200);
        }
    }

    @Test
    void theAllowedOriginsAreASetting() {
        CanonProperties.Cors settings = new CanonProperties.Cors();
        assertThat(CorsPolicy.forReads(settings).checkOrigin(ORIGIN)).isEqualTo("*");
        settings.setAllowedOrigins(List.of("https://allowed.example"));
        assertThat(CorsPolicy.forReads(settings).checkOrigin("https://allowed.example")).isEqualTo("https://allowed.example");
        assertThat(CorsPolicy.forReads(settings).checkOrigin(ORIGIN)).isNull();
        assertThat(CorsPolicy.forReads(settings).getAllowCredentials()).isFalse();
    }
}
