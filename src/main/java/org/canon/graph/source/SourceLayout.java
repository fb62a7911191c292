package org.canon.graph.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the source files of the project's layout: {@code ontology/}, {@code data/taxonomy/}, {@code mappings/},
 * {@code sparql/} and {@code sparql/derived/}, either in a checkout folder or in the copies shipped inside the jar
 * (classpath {@code canon/...}). Files are listed in name order.
 */
public final class SourceLayout {
    private final Path root;

    private SourceLayout(Path root) {
        this.root = root;
    }

    /** The copies shipped inside the jar. */
    public static SourceLayout shipped() {
        return new SourceLayout(null);
    }

    /** A checkout (or any folder with the same layout). */
    public static SourceLayout folder(Path root) {
        if (!Files.isDirectory(root)) {
            throw new SourceException("Source folder " + root.toAbsolutePath() + " does not exist");
        }
        return new SourceLayout(root);
    }

    /** Ontology files: every {@code ontology/*.ttl} except the shapes. */
    public List<SourceFile> ontologyFiles() {
        return list("ontology", ".ttl").stream().filter(f -> !f.fileName().endsWith("-shapes.ttl")).toList();
    }

    /** SHACL shapes: {@code ontology/*-shapes.ttl}. */
    public List<SourceFile> shapeFiles() {
        return list("ontology", "-shapes.ttl");
    }

    /** The taxonomy: {@code data/taxonomy/*.ttl}. */
    public List<SourceFile> taxonomyFiles() {
        return list("data/taxonomy", ".ttl");
    }

    /** Mapping sets: {@code mappings/*.sssom.tsv}. */
    public List<SourceFile> mappingFiles() {
        return list("mappings", ".sssom.tsv");
    }

    /** Named queries: {@code sparql/*.rq}. */
    public List<SourceFile> queryFiles() {
        return list("sparql", ".rq");
    }

    /**
     * Derivations: {@code sparql/derived/*.rq}, CONSTRUCT queries that the load runs over the taxonomy it has
     * validated, storing what they construct in the derived graph. They are not named queries.
     */
    public List<SourceFile> derivationFiles() {
        return list("sparql/derived", ".rq");
    }

    public String describe() {
        return root == null ? "the sources shipped in the jar" : root.toAbsolutePath().toString();
    }

    private List<SourceFile> list(String folder, String suffix) {
        return root == null ? listClasspath(folder, suffix) : listFolder(folder, suffix);
    }

    private List<SourceFile> listFolder(String folder, String suffix) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> new SourceFile(folder + "/" + p.getFileName(), () -> Files.newInputStream(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static List<SourceFile> listClasspath(String folder, String suffix) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:canon/" + folder + "/*" + suffix);
            List<SourceFile> files = new ArrayList<>();
            for (Resource r : found) {
                files.add(SourceFile.of(folder + "/" + r.getFilename(), r));
            }
            files.sort(Comparator.comparing(SourceFile::name));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list classpath canon/" + folder, e);
        }
    }
}
