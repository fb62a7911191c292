package org.canon.graph.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;

/**
 * A folder holding one publisher's files as downloaded. Files are found by name, ignoring case; files are
 * reported as {@code folder/file} (e.g. {@code onet/Skills.txt}).
 */
record PublisherFolder(Path dir) {

    /** The first of {@code names} present in the folder. */
    Optional<SourceFile> find(String... names) {
        List<Path> files = list();
        for (String name : names) {
            for (Path p : files) {
                if (p.getFileName().toString().equalsIgnoreCase(name)) {
                    return Optional.of(file(p));
                }
            }
        }
        return Optional.empty();
    }

    /** The first of {@code names} present; an error naming the folder and the expected names when none is. */
    SourceFile require(String... names) {
        return find(names).orElseThrow(() -> new SourceException(dir + ": missing file " + String.join(" or ", names)));
    }

    /** Every file of the folder, in name order. */
    List<SourceFile> files() {
        return list().stream().map(this::file).toList();
    }

    boolean has(String... names) {
        return find(names).isPresent();
    }

    private SourceFile file(Path p) {
        return new SourceFile(dir.getFileName() + "/" + p.getFileName(), () -> Files.newInputStream(p));
    }

    private List<Path> list() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
