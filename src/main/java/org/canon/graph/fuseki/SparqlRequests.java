package org.canon.graph.fuseki;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** What kind of SPARQL Protocol request an HTTP request is, as the filters in front of Fuseki need to know. */
final class SparqlRequests {
    private SparqlRequests() {}

    /**
     * Whether the request asks a query: a {@code query} parameter (in the URL or a form body) without an
     * {@code update} one, or a body of type {@code application/sparql-query}. Graph Store reads and updates are not.
     */
    static boolean isQuery(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-query")) {
            return true;
        }
        if ("POST".equals(request.getMethod()) && !type.startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        return request.getParameter("query") != null && request.getParameter("update") == null;
    }
}
