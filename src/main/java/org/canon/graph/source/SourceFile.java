package org.canon.graph.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.Resource;

/**
 * One source file: the name it is reported under (e.g. {@code data/taxonomy/health.ttl}) and how to open it.
 */
public record SourceFile(String name, Opener opener) {

    /** Opens the file's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static SourceFile of(Path path) {
        return new SourceFile(path.toString(), () -> Files.newInputStream(path));
    }

    public static SourceFile of(String name, Resource resource) {
        return new SourceFile(name, resource::getInputStream);
    }

    public InputStream open() {
        try {
            return opener.open();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The file name without folders. */
    public String fileName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
