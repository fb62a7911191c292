package org.canon.graph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;
import org.canon.graph.source.SourceLayout;

/**
 * Writes a synthetic Canon taxonomy of N profiles in the layout of a checkout, so that {@code validate}, {@code load}
 * and the service take it with {@code --canon.sources.dir}: {@code ontology/} and {@code sparql/} copied from the
 * sources, {@code data/taxonomy/core.ttl} copied too (schemes, tracks, levels, shared skills: the frame every
 * taxonomy shares), one generated Turtle file per function, and two generated SSSOM mapping sets. The same size and
 * seed give byte-identical files.
 *
 * <pre>{@code
 * GeneratedTaxonomy t = TaxonomyGenerator.create().profiles(10_000).seed(42).build()
 *         .writeTo(Path.of("target/generated/10k"));
 * }</pre>
 *
 * <p>What is generated, and in what proportions, is described on {@link TaxonomyPlan}, {@link FunctionWriter} and
 * {@link ProfileWriter}.
 */
public final class TaxonomyGenerator {
    private final int profiles;
    private final long seed;
    private final SourceLayout sources;

    private TaxonomyGenerator(Builder b) {
        this.profiles = b.profiles;
        this.seed = b.seed;
        this.sources = b.sources;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Settings: {@code profiles} (default 1,000), {@code seed} (default 42), {@code sources} (default: shipped). */
    public static final class Builder {
        private int profiles = 1_000;
        private long seed = 42;
        private SourceLayout sources = SourceLayout.shipped();

        public Builder profiles(int profiles) {
            this.profiles = profiles;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Where the ontology, shapes, queries and core.ttl are copied from. */
        public Builder sources(SourceLayout sources) {
            this.sources = sources;
            return this;
        }

        /** @throws IllegalArgumentException when profiles is below 1 */
        public TaxonomyGenerator build() {
            if (profiles < 1) {
                throw new IllegalArgumentException("profiles must be at least 1, not " + profiles);
            }
            return new TaxonomyGenerator(this);
        }
    }

    /** Writes the taxonomy under {@code root}, replacing its {@code ontology/}, {@code data/}, {@code mappings/}, {@code sparql/}. */
    public GeneratedTaxonomy writeTo(Path root) {
        Vocabulary words = Vocabulary.load();
        TaxonomyPlan plan = TaxonomyPlan.of(profiles, seed, words);
        for (String folder : List.of("ontology", "data", "mappings", "sparql")) {
            Files2.delete(root.resolve(folder));
        }
        copy(sources.ontologyFiles(), root.resolve("ontology"));
        copy(sources.shapeFiles(), root.resolve("ontology"));
        copy(sources.queryFiles(), root.resolve("sparql"));
        copy(sources.derivationFiles(), root.resolve("sparql/derived"));
        copy(sources.taxonomyFiles().stream().filter(f -> f.fileName().equals("core.ttl")).toList(),
                root.resolve("data/taxonomy"));
        if (!Files.exists(root.resolve("data/taxonomy/core.ttl"))) {
            throw new SourceException("No data/taxonomy/core.ttl in " + sources.describe());
        }
        GeneratedTaxonomy.Counter counts = new GeneratedTaxonomy.Counter();
        FunctionWriter writer = new FunctionWriter(words, counts);
        String generatedBy = profiles + " profiles, seed " + seed;
        try (MappingFiles mappings = new MappingFiles(root.resolve("mappings"), generatedBy)) {
            for (TaxonomyPlan.FunctionPlan f : plan.functions()) {
                writer.write(f, root.resolve("data/taxonomy/" + Texts.lower(f.code()) + ".ttl"), mappings);
            }
            return new GeneratedTaxonomy(root, plan.functions().size(), counts.focuses, counts.profiles, counts.retired,
                    counts.skills, counts.responsibilities, counts.guidelines, mappings.rows(), List.copyOf(counts.samples));
        }
    }

    private static void copy(List<SourceFile> files, Path folder) {
        try {
            Files.createDirectories(folder);
            for (SourceFile f : files) {
                try (InputStream in = f.open()) {
                    Files.copy(in, folder.resolve(f.fileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the sources into " + folder, e);
        }
    }
}
