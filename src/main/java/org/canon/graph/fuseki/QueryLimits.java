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

/**
 * Size limits at the SPARQL endpoints: a query string or request body longer than {@code canon.query.max-length}
 * characters gets 400 with the limit in the message, before it is parsed; an answer larger than
 * {@code canon.query.max-result-size} bytes is cut off there (the connection is closed), so that no single
 * query can stream without end.
 */
final class QueryLimits implements Filter {
    private final int maxLength;
    private final long maxResultBytes;

    QueryLimits(int maxLength, long maxResultBytes) {
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
        chain.doFilter(req, new CappedResponse((HttpServletResponse) res, maxResultBytes));
    }

    /** A response whose body may not exceed a number of bytes. */
    static final class CappedResponse extends HttpServletResponseWrapper {
        private final long cap;
        private ServletOutputStream capped;

        CappedResponse(HttpServletResponse response, long cap) {
            super(response);
            this.cap = cap;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (capped == null) {
                ServletOutputStream out = super.getOutputStream();
                capped = new ServletOutputStream() {
                    private long written;

                    private void count(long n) throws IOException {
                        written += n;
                        if (written > cap) {
                            throw new IOException("Answer larger than " + cap + " bytes (canon.query.max-result-size): cut off");
                        }
                    }

                    @Override public void write(int b) throws IOException {
                        count(1);
                        out.write(b);
                    }

                    @Override public void write(byte[] b, int off, int len) throws IOException {
                        count(len);
                        out.write(b, off, len);
                    }

                    @Override public void flush() throws IOException {
                        out.flush();
                    }

                    @Override public boolean isReady() {
                        return out.isReady();
                    }

                    @Override public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return capped;
        }
    }
}
