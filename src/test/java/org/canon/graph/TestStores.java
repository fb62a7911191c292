package org.canon.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh store folders for tests, under target/ (never under src/). */
public final class TestStores {
    private TestStores() {}

    public static Path newFolder(String prefix) {
        try {
            Path base = Path.of("target", "test-stores");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
