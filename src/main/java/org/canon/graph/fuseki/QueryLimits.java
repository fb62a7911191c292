package org.canon.graph.fuseki;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Size limits at the SPARQL endpoints: a query string or request body longer than {@code canon.query.max-length}
 * characters gets 400 with the limit in the message, before it is parsed; a query's answer larger than
 * {@code canon.query.max-result-size} bytes is stopped there, so that no single query can stream without end.
 *
 * <p>A stopped answer never ends as a success: when its status has not been sent yet (Fuseki holds the first 5 MB of
 * an answer before sending it) the client gets 400 with the limit in the message; once the status and the first
 * bytes are out, the connection is aborted without the final chunk, which every HTTP client reports as an
 * incomplete answer (curl: exit code 18). Graph Store reads ({@code /canon/get}) are not queries: they hold at most
 * what the store holds and always stream whole.
 */
final class QueryLimits implements Filter {
    private static final Logger log = LoggerFactory.getLogger(QueryLimits.class);
    private final String dataset;
    private final int maxLength;
    private final long maxResultBytes;

    QueryLimits(String dataset, int maxLength, long maxResultBytes) {
        this.dataset = dataset;
        this.maxLength = maxLength;
        this.maxResultBytes = maxResultBytes;
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
        chain.doFilter(req, SparqlRequests.isQuery(request)
                ? new CappedResponse(request, (HttpServletResponse) res, maxResultBytes, dataset) : res);
    }

    /**
     * A response whose body may not exceed a number of bytes. Past the cap, it writes nothing more: an answer not
     * yet sent is replaced by a 400 that gives the limit; one already under way is aborted. Fuseki, which goes on
     * writing into it until the query ends, is not told (it would log the failure with stack traces).
     */
    static final class CappedResponse extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private final long cap;
        private final String dataset;
        private ServletOutputStream capped;

        CappedResponse(HttpServletRequest request, HttpServletResponse response, long cap, String dataset) {
            super(response);
            this.request = request;
            this.cap = cap;
            this.dataset = dataset;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (capped == null) {
                ServletOutputStream out = super.getOutputStream();
                capped = new ServletOutputStream() {
                    private long written;
                    private boolean stopped;

                    @Override public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override public void write(byte[] b, int off, int len) throws IOException {
                        if (stopped) {
                            return;
                        }
                        written += len;
                        if (written > cap) {
                            stop(out);
                        } else {
                            out.write(b, off, len);
                        }
                    }

                    @Override public void flush() throws IOException {
                        if (!stopped) {
                            out.flush();
                        }
                    }

                    @Override public boolean isReady() {
                        return out.isReady();
                    }

                    @Override public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }

                    private void stop(ServletOutputStream out) throws IOException {
                        stopped = true;
                        String problem = "The answer is larger than " + cap + " bytes (canon.query.max-result-size)";
                        boolean underWay = isCommitted();
                        log.warn("{} {}?{}: {}; {}", request.getMethod(), request.getRequestURI(),
                                abbreviate(request.getQueryString()), problem,
                                underWay ? "the connection was aborted" : "answered 400");
                        if (underWay) {
                            ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
                            if (jetty != null) {
                                jetty.getServletChannel().abort(new IOException(problem));
                            }
                            return;
                        }
                        resetBuffer();
                        setStatus(HttpServletResponse.SC_BAD_REQUEST);
                        setContentType("text/plain;charset=utf-8");
                        out.write((problem + ": ask for less (a LIMIT, fewer variables), or read whole graphs with "
                                + "/" + dataset + "/get?graph=IRI, which are not "
                                + "limited.\n").getBytes(StandardCharsets.UTF_8));
                        flushBuffer();
                    }
                };
            }
            return capped;
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
