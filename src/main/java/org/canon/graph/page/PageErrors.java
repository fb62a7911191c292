package org.canon.graph.page;

import org.canon.graph.query.NotFoundException;
import org.canon.graph.query.BadParameterException;
import org.canon.graph.query.QueryTimeoutException;
import org.canon.graph.query.UnknownQueryException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the pages, as pages: a bad parameter, an unknown query or code, a query stopped by the timeout get an
 * HTML page with the message and the right status. Only 406 is {@code application/problem+json}: the caller accepts
 * no HTML. Ahead of the API's handlers, for this package's controllers only.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(NotAcceptableException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, e.getMessage());
        p.setTitle("Not acceptable");
        p.setProperty("formats", Format.offered());
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler({BadParameterException.class, QueryParseFailure.class})
    ModelAndView badRequest(RuntimeException e) {
        return page(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler({NotFoundException.class, UnknownQueryException.class})
    ModelAndView notFound(RuntimeException e) {
        return page(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(QueryTimeoutException.class)
    ModelAndView timeout(QueryTimeoutException e) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, "Query stopped", e.getMessage());
    }

    private static ModelAndView page(HttpStatus status, String title, String message) {
        ModelAndView mv = new ModelAndView("problem");
        mv.addObject("title", title);
        mv.addObject("message", message);
        mv.setStatus(status);
        return mv;
    }
}
