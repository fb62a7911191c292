package org.canon.graph.fuseki;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;

/**
 * Keeps Fuseki read-only for the public: every request that could change data (SPARQL Update, Graph Store
 * writes, uploads, dataset admin) needs HTTP Basic credentials matching the configured ones, and is refused
 * outright when none are configured.
 */
final class WriteGuard implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private final String dataset;
    private final String user;
    private final String password;

    /** {@code password} null means no writes at all. */
    WriteGuard(String dataset, String user, String password) {
        this.dataset = dataset;
        this.user = user;
        this.password = password;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!isWrite(request)) {
            chain.doFilter(req, res);
            return;
        }
        if (password == null) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "This endpoint is read-only: writes are turned off (set canon.admin.password to allow them).");
            return;
        }
        if (!authorised(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Canon Graph\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Writes need the configured admin credentials.");
            return;
        }
        chain.doFilter(req, res);
    }

    /** Whether a request could change the store or the server. */
    boolean isWrite(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (path.startsWith("/$/")) {
            return !READ_METHODS.contains(method) && !path.startsWith("/$/validate/");
        }
        String base = "/" + dataset;
        if (path.equals(base + "/update") || path.equals(base + "/data") || path.equals(base + "/upload")) {
            return true;
        }
        if (READ_METHODS.contains(method)) {
            return false;
        }
        // A POST of a query to the query endpoints is a read; any other non-read request (for instance
        // an update or a Graph Store write sent to the dataset URL itself) is a write.
        return !(path.equals(base + "/sparql") || path.equals(base + "/query"));
    }

    private boolean authorised(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String expected = user + ":" + password;
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write(message + "\n");
    }
}
