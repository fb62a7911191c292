package org.canon.graph.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.canon.graph.query.BadParameterException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * A query string with malformed percent-encoding ({@code ?q=%ff}: not UTF-8; {@code %zz}: not hex) gets 400
 * naming the parameter, as {@link ApiErrors} answers every bad parameter. Without this check Tomcat fails while
 * parsing the parameters, which surfaced as a 500 with a stack trace in the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedParameters extends OncePerRequestFilter {
    private final HandlerExceptionResolver errors;

    MalformedParameters(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> bad = PercentEncoding.malformedParameter(request.getQueryString());
        if (bad.isPresent()) {
            errors.resolveException(request, response, null, new BadParameterException(bad.get(),
                    "is not valid percent-encoded UTF-8 (each % must be followed by two hex digits, and the bytes "
                            + "they encode must be UTF-8)"));
            return;
        }
        chain.doFilter(request, response);
    }
}
