package org.canon.graph.query;

/** A query ran past the configured timeout and was stopped. */
public class QueryTimeoutException extends RuntimeException {
    public QueryTimeoutException(String what, long millis) {
        super("Query " + what + " was stopped after the timeout of " + millis + " ms (canon.query.timeout)");
    }
}
