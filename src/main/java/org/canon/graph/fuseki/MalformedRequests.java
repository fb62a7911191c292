package org.canon.graph.fuseki;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.canon.graph.api.PercentEncoding;

/**
 * Malformed percent-encoding (a {@code %} without two hex digits, bytes that are not UTF-8) in the query string or
 * a form body gets 400 naming the parameter, where Jetty would fail inside Fuseki with a 500 and a stack trace in
 * the log.
 */
final class MalformedRequests implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Optional<String> bad = PercentEncoding.malformedParameter(request.getQueryString());
        if (bad.isPresent()) {
            refuse((HttpServletResponse) res, "Parameter '" + bad.get() + "' is not valid percent-encoded UTF-8");
            return;
        }
        try {
            request.getParameterMap(); // parses a form body, which Jetty then keeps for Fuseki
        } catch (RuntimeException e) {
            refuse((HttpServletResponse) res, "The form body is not valid percent-encoded UTF-8");
            return;
        }
        chain.doFilter(req, res);
    }

    private static void refuse(HttpServletResponse response, String problem) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write(problem + " (each % must be followed by two hex digits, and the bytes they "
                + "encode must be UTF-8).\n");
    }
}
