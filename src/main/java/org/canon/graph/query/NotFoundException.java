package org.canon.graph.query;

/** The thing asked for (a profile code, a query name) does not exist: answered with 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
