package org.canon.graph.fuseki;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.canon.graph.config.CanonProperties;

/**
 * Keeps Fuseki read-only for the public: every request that could change data (SPARQL Update, Graph Store
 * writes, uploads, dataset admin) needs HTTP Basic credentials matching the configured ones, and is refused
 * outright when none are configured.
 */
final class WriteGuard implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private final String dataset;
    private final CanonProperties.Admin admin;

    /** No password in {@code admin} means no writes at all. */
    WriteGuard(String dataset, CanonProperties.Admin admin) {
        this.dataset = dataset;
        this.admin = admin;
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
        if (!admin.writesEnabled()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "This endpoint is read-only: writes are turned off (set canon.admin.password to allow them).");
            return;
        }
        if (!admin.authorises(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Canon Graph\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Writes need the configured admin credentials.");
            return;
        }
        chain.doFilter(req, res);
    }

    /**
     * Whether a request could change the store or the server: SPARQL Update (at {@code /update}, or sent to the
     * dataset URL as {@code update=} or {@code application/sparql-update}), uploads, Graph Store writes
     * ({@code PUT}, {@code DELETE}, {@code POST} of RDF) and dataset admin. A query is a read wherever it is sent:
     * {@code /sparql}, {@code /query} or the dataset URL itself, which the Fuseki UI also offers as an endpoint.
     */
    boolean isWrite(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (path.startsWith("/$/")) {
            return !READ_METHODS.contains(method) && !path.startsWith("/$/validate/");
        }
        String base = "/" + dataset;
        if (path.equals(base + "/update") || path.equals(base + "/upload")) {
            return true;
        }
        if (READ_METHODS.contains(method)) {
            return false;
        }
        // The query-only endpoints refuse anything but a query themselves.
        if (path.equals(base + "/sparql") || path.equals(base + "/query")) {
            return false;
        }
        return !("POST".equals(method) && SparqlRequests.isQuery(request));
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write(message + "\n");
    }
}
