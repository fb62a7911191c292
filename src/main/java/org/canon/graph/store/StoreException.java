package org.canon.graph.store;

/** The store cannot be opened or written; the message says which folder or server and why. */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
