package org.canon.graph.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * The folder that holds the text index's generations, one sub-folder each ({@code gen-<id>}), and a file
 * {@code current} naming the generation in use. A load or import writes a new generation beside the one in use;
 * {@link #publish} makes it current by an atomic rename of the pointer file, once the store's transaction has
 * committed, and removes the older generations; {@link #discard} removes a generation that was never published.
 */
public final class TextIndexFolder {
    static final String POINTER = "current";
    private final Path root;

    public TextIndexFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The folder of a generation (not created). */
    public Path generation(String id) {
        return root.resolve("gen-" + id);
    }

    /** The generation in use, if any (and if its folder is there). */
    public Optional<String> current() {
        Path pointer = root.resolve(POINTER);
        try {
            if (!Files.isRegularFile(pointer)) {
                return Optional.empty();
            }
            String id = Files.readString(pointer, StandardCharsets.UTF_8).trim();
            return Files.isDirectory(generation(id)) ? Optional.of(id) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text index pointer " + pointer, e);
        }
    }

    /** Makes {@code id} the generation in use and deletes the others. */
    public void publish(String id) {
        try {
            Files.createDirectories(root);
            Path tmp = root.resolve(POINTER + ".tmp");
            Files.writeString(tmp, id, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, root.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot switch the text index in " + root + " to generation " + id, e);
        }
        removeAllBut(id);
    }

    /** Deletes a generation that will not be used. */
    public void discard(String id) {
        delete(generation(id));
    }

    /** Deletes every generation other than {@code keep} (those in use by a running service are deleted later). */
    void removeAllBut(String keep) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(p -> p.getFileName().toString().startsWith("gen-") && !p.equals(generation(keep)))
                    .forEach(TextIndexFolder::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private static void delete(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            // an index still open (another process on Windows) is left to the next publish
        }
    }
}
