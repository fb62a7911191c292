package org.canon.graph.config;

import org.canon.graph.source.SourceException;
import org.canon.graph.store.StoreException;
import org.canon.graph.store.StoreInUseException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Reports a start-up that failed on the store (a folder that is a file, cannot be created or written, a disk
 * too full, a remote server that does not answer) or on the sources as Spring Boot's "APPLICATION FAILED TO
 * START" block: the description is the failure's own message, which names the folder, server or file and the
 * cause, and the action says what to change. No stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        RuntimeException cause = find(failure);
        if (cause instanceof StoreInUseException) {
            return new FailureAnalysis(cause.getMessage(), "Stop the process that holds the store (another instance of "
                    + "the service, or a load or import command), or set canon.store.dir to another folder, then start "
                    + "again.", cause);
        }
        if (cause instanceof StoreException) {
            return new FailureAnalysis(cause.getMessage(), "Correct the store settings (canon.store.dir, canon.store."
                    + "min-free-space, canon.store.remote.*) or the disk named above, then start again.", cause);
        }
        if (cause instanceof SourceException) {
            return new FailureAnalysis(cause.getMessage(), "Fix the sources named above (the validate command lists "
                    + "every problem), or set canon.sources.dir to a checkout that has them, then start again.", cause);
        }
        return null;
    }

    /** The {@link StoreException} or {@link SourceException} in the cause chain of a failure, or null. */
    public static RuntimeException find(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof StoreException || t instanceof SourceException) {
                return (RuntimeException) t;
            }
        }
        return null;
    }

    /** The message of the store or load failure within {@code failure}, else {@code failure}'s own message. */
    public static String message(Throwable failure) {
        Throwable cause = find(failure);
        return (cause == null ? failure : cause).getMessage();
    }
}
