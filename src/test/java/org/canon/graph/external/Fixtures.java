package org.canon.graph.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.canon.graph.TestStores;

/**
 * The hand-written fixtures in the official formats (test resources {@code external/}: onet, soc, isco, esco,
 * crosswalks), and editable copies of them under target/ for the bad-input cases.
 */
final class Fixtures {
    private Fixtures() {}

    /** The fixture root, holding one folder per publisher. */
    static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/external").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh copy of the fixture root under target/test-stores. */
    static Path copy() {
        Path target = TestStores.newFolder("external-fixtures");
        try (Stream<Path> files = Files.walk(root())) {
            for (Path p : files.toList()) {
                Path to = target.resolve(root().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Rewrites a file of a copy line by line; {@code edit} gets all lines and returns the new ones. */
    static void edit(Path file, UnaryOperator<List<String>> edit) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Files.write(file, edit.apply(new java.util.ArrayList<>(lines)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one line to a file of a copy. */
    static void append(Path file, String line) {
        edit(file, lines -> {
            lines.add(line);
            return lines;
        });
    }
}
