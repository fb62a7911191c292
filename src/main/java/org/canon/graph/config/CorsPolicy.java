package org.canon.graph.config;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one CORS policy of both ports, applied by the same filter (Spring's {@link CorsFilter}) to the REST API and
 * to Fuseki: reads only ({@code GET}, {@code HEAD}, and {@code POST} for queries; a preflight for any other method
 * or from another origin is refused with 403), from {@code canon.cors.allowed-origins} ({@code *}: any origin,
 * answered {@code Access-Control-Allow-Origin: *}), and never with credentials, so no page can read an answer with
 * a visitor's cookies or HTTP authentication. A request that is not a preflight goes on to the service either way
 * (writes meet the write guard), marked readable by the other origin only when the policy allows it.
 */
public final class CorsPolicy {
    private CorsPolicy() {}

    /** The policy as Spring's configuration object. */
    public static CorsConfiguration forReads(CanonProperties.Cors settings) {
        CorsConfiguration c = new CorsConfiguration();
        c.setAllowedOrigins(settings.getAllowedOrigins());
        c.setAllowedMethods(List.of("GET", "HEAD", "POST"));
        c.setAllowedHeaders(List.of("Accept", "Content-Type", "Origin", "X-Requested-With", "Cache-Control"));
        c.setAllowCredentials(false);
        c.setMaxAge(Duration.ofMinutes(30));
        return c;
    }

    /**
     * A servlet filter applying the policy to every request it sees (on Fuseki's Jetty, or on Tomcat); a refused
     * request gets 403 as {@code application/problem+json} saying what the policy allows.
     */
    public static CorsFilter filter(CanonProperties.Cors settings) {
        CorsConfiguration policy = forReads(settings);
        CorsFilter filter = new CorsFilter(request -> policy);
        filter.setCorsProcessor(new DefaultCorsProcessor() {
            @Override
            protected boolean handleInternal(ServerHttpRequest request, ServerHttpResponse response,
                                             CorsConfiguration config, boolean preFlightRequest) throws IOException {
                if (!preFlightRequest && (checkOrigin(config, request.getHeaders().getOrigin()) == null
                        || checkMethods(config, request.getMethod()) == null)) {
                    // Not refused, only not marked readable: the browser keeps the answer from the other origin's
                    // page. A refusal would also hit the UI's own requests behind a proxy that rewrites Host.
                    return true;
                }
                return super.handleInternal(request, response, config, preFlightRequest);
            }

            @Override
            protected void rejectRequest(ServerHttpResponse response) throws IOException {
                response.setStatusCode(HttpStatus.FORBIDDEN);
                response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("type", "about:blank");
                problem.put("title", "CORS request refused");
                problem.put("status", HttpStatus.FORBIDDEN.value());
                problem.put("detail", "Cross-origin requests are allowed for reads only (GET, HEAD, POST of a query), "
                        + "from canon.cors.allowed-origins " + settings.getAllowedOrigins());
                response.getBody().write(JsonMapper.shared().writeValueAsBytes(problem));
                response.flush();
            }
        });
        return filter;
    }
}
