package org.canon.graph.page;

/** A query typed in the editor does not parse, or is too long; the message says where or why. */
class QueryParseFailure extends RuntimeException {
    QueryParseFailure(String message) {
        super(message);
    }
}
