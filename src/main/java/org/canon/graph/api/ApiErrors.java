package org.canon.graph.api;

import org.canon.graph.query.NotFoundException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.canon.graph.query.BadParameterException;
import org.canon.graph.query.QueryTimeoutException;
import org.canon.graph.query.UnknownQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps failures to {@code application/problem+json} answers with a message a caller can act on. Requests that fail
 * before they reach a controller are answered the same way: malformed percent-encoding by
 * {@link MalformedParameters}, and what Tomcat refuses itself (an over-long URL or header) by
 * {@link ProblemJsonErrorValve}.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(UnknownQueryException.class)
    ProblemDetail unknownQuery(UnknownQueryException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown query", e.getMessage());
    }

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Bad parameter", e.getMessage());
        p.setProperty("parameter", e.parameter());
        return p;
    }

    @ExceptionHandler(QueryTimeoutException.class)
    ProblemDetail timeout(QueryTimeoutException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Query timeout", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String values = type != null && type.isEnum() ? ": it is one of " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList()) : "";
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Bad parameter",
                "Parameter '" + e.getName() + "' has a value of the wrong type" + values);
        p.setProperty("parameter", e.getName());
        return p;
    }

    /** Tomcat could not read the parameters, e.g. more than its maxParameterCount: the caller's fault, not ours. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail unreadableParameters(InvalidParameterException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().split("(?<=\\.) ", 2)[0];
        return problem(HttpStatus.BAD_REQUEST, "Bad parameters", "The request's parameters cannot be read. " + message);
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request failed: " + e.getClass().getSimpleName() + ". The server log has the details.");
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}
