package org.canon.graph.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.canon.graph.TestStores;
import org.canon.graph.source.SourceLayout;

/**
 * The hand-made releases of {@code src/test/resources/releases/}: a small function (LOGISTICS, one focus, a few
 * profiles) in its releases {@code r1}, {@code r2}, {@code r3} and an {@code invalid} one, each a
 * {@code data/taxonomy/logistics.ttl} and a {@code mappings/logistics-onet.sssom.tsv}. {@link #layout} lays one out
 * as a checkout under target/: the release's files beside the checkout's ontology, shapes, named queries and
 * {@code data/taxonomy/core.ttl}.
 */
public final class ReleaseFixtures {
    static final Path RELEASES = Path.of("src/test/resources/releases");
    private static final Map<String, Path> LAID_OUT = new ConcurrentHashMap<>();

    private ReleaseFixtures() {}

    /** The sources of release {@code name} (r1, r2, r3, invalid). */
    public static SourceLayout layout(String name) {
        return SourceLayout.folder(folder(name));
    }

    /** The checkout folder of release {@code name}. */
    public static Path folder(String name) {
        return LAID_OUT.computeIfAbsent(name, ReleaseFixtures::layOut);
    }

    private static Path layOut(String name) {
        Path from = RELEASES.resolve(name);
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException("No release fixture " + from);
        }
        Path root = TestStores.newFolder("release-" + name + "-src");
        try {
            copyTree(Path.of("ontology"), root.resolve("ontology"));
            copyTree(Path.of("sparql"), root.resolve("sparql"));
            Files.createDirectories(root.resolve("data/taxonomy"));
            Files.copy(Path.of("data/taxonomy/core.ttl"), root.resolve("data/taxonomy/core.ttl"));
            copyTree(from, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
