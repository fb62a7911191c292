package org.canon.graph.page;

/** No format the service offers is acceptable to the caller: answered with 406, naming the formats offered. */
class NotAcceptableException extends RuntimeException {
    NotAcceptableException(String accept, String format) {
        super(format != null ? "Unknown format '" + format + "': use html, ttl, jsonld, nt or rdf"
                : "Cannot answer in '" + accept + "': the resource is available as " + String.join(", ", Format.offered()));
    }
}
