package org.canon.graph.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.coyote.http11.Http11InputBuffer;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report as {@code application/problem+json} instead of its HTML page, for the errors Tomcat answers
 * itself before a request reaches Spring: a request line longer than {@code server.max-http-request-header-size}
 * (414 URI Too Long), headers larger than it (431), a malformed request (400). Tomcat answers all of these with 400;
 * the first two are told apart by its own message and by whether the request line was read. Installed on the host
 * by {@link TomcatErrors}; the detail never carries a stack trace.
 */
public class ProblemJsonErrorValve extends ErrorReportValve {
    /** Tomcat's message for a request line or headers over the limit, in the language Tomcat logs in. */
    private static final String HEADER_TOO_LARGE = StringManager.getManager(Http11InputBuffer.class)
            .getString("iib.requestheadertoolarge.error");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String detail;
        if (status == 400 && throwable instanceof IllegalArgumentException && HEADER_TOO_LARGE.equals(throwable.getMessage())) {
            boolean lineRead = !request.getCoyoteRequest().requestURI().isNull();
            status = lineRead ? 431 : 414;
            detail = (lineRead ? "The request headers are" : "The URL is") + " larger than this server accepts ("
                    + headerLimit(request) + " for the request line and headers together, "
                    + "server.max-http-request-header-size): " + (lineRead ? "send smaller headers" : "send shorter parameters");
        } else if (status >= 500) {
            detail = "The request failed. The server log has the details.";
        } else {
            String message = response.getMessage() != null ? response.getMessage()
                    : throwable != null && throwable.getMessage() != null ? throwable.getMessage().lines().findFirst().orElse("") : "";
            String path = request.getCoyoteRequest().requestURI().toString();
            detail = !message.isBlank() ? message : path != null && !PercentEncoding.isValid(path)
                    ? "The URL path is not valid percent-encoded UTF-8." : "The request is malformed.";
        }
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JsonMapper.shared().writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response cannot be written: nothing to report to
        }
    }

    private static String headerLimit(Request request) {
        return request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
                ? http.getMaxHttpRequestHeaderSize() / 1024 + " KB" : "the limit";
    }
}
