package org.canon.graph.query;

import java.util.Collection;

/** No named query has this name. */
public class UnknownQueryException extends RuntimeException {
    public UnknownQueryException(String name, Collection<String> known) {
        super("No named query '" + name + "' (known: " + String.join(", ", known) + ")");
    }
}
