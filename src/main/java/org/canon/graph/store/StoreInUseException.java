package org.canon.graph.store;

/**
 * The embedded store is held by another process (TDB2 lets one process at a time open a store folder), usually
 * the running service; the message names the folder and, when TDB2 knows it, the process.
 */
public class StoreInUseException extends StoreException {
    public StoreInUseException(String message, Throwable cause) { super(message, cause); }
}
