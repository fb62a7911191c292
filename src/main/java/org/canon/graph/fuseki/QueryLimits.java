package org.canon.graph.fuseki;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses over-long requests at the SPARQL endpoints before they are parsed: a query string or request body
 * longer than {@code canon.query.max-length} characters gets 400 with the limit in the message.
 */
final class QueryLimits implements Filter {
    private final int maxLength;

    QueryLimits(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String queryString = request.getQueryString();
        long length = Math.max(queryString == null ? 0 : queryString.length(), request.getContentLengthLong());
        if (length > maxLength) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write("Query too long: " + length + " characters; the limit is " + maxLength
                    + " (canon.query.max-length).\n");
            return;
        }
        chain.doFilter(req, res);
    }
}
