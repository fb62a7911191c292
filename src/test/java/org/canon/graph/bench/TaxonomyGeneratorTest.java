package org.canon.graph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.canon.graph.TestStores;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.mapping.SssomSchema;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator is deterministic, writes what it counts, and its output passes the project's own load checks. */
class TaxonomyGeneratorTest {
    static final int N = 300;
    static Path first;
    static GeneratedTaxonomy generated;

    @BeforeAll
    static void generate() {
        first = TestStores.newFolder("gen-a");
        generated = TaxonomyGenerator.create().profiles(N).seed(7).sources(SourceLayout.folder(Path.of(".")))
                .build().writeTo(first);
    }

    @Test
    void sameSizeAndSeedGiveByteIdenticalFiles() throws IOException {
        Path second = TestStores.newFolder("gen-b");
        TaxonomyGenerator.create().profiles(N).seed(7).sources(SourceLayout.folder(Path.of("."))).build().writeTo(second);
        List<Path> files = files(first);
        assertThat(files).isEqualTo(files(second)).hasSizeGreaterThan(10);
        for (Path f : files) {
            assertThat(Files.readAllBytes(second.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(first.resolve(f)));
        }
    }

    @Test
    void anotherSeedGivesAnotherTaxonomy() throws IOException {
        Path other = TestStores.newFolder("gen-c");
        TaxonomyGenerator.create().profiles(N).seed(8).sources(SourceLayout.folder(Path.of("."))).build().writeTo(other);
        assertThat(Files.readString(other.resolve("mappings/canon-onet-curated.sssom.tsv")))
                .isNotEqualTo(Files.readString(first.resolve("mappings/canon-onet-curated.sssom.tsv")));
    }

    @Test
    void outputPassesTheShapesAndTheMappingChecksWithTheCountsReported() {
        CanonLoader.Prepared prepared = new CanonLoader().prepare(SourceLayout.folder(first));
        Graph taxonomy = prepared.graphs().get(Canon.GRAPH_TAXONOMY);
        assertThat(count(taxonomy, Canon.Profile.asNode())).isEqualTo(N);
        assertThat(count(taxonomy, Canon.NS + "Focus")).isEqualTo(generated.focuses()).isEqualTo((N + 10) / 11);
        assertThat(count(taxonomy, Canon.NS + "Function")).isEqualTo(generated.functions()).isEqualTo(5);
        assertThat(count(taxonomy, Canon.NS + "Responsibility")).isEqualTo(generated.responsibilities());
        assertThat(count(taxonomy, Canon.NS + "LevelGuideline")).isEqualTo(generated.guidelines());
        long rows = prepared.graphs().entrySet().stream().filter(e -> e.getKey().startsWith(Canon.GRAPH_MAPPINGS))
                .mapToLong(e -> count(e.getValue(), "http://www.w3.org/2002/07/owl#Axiom")).sum();
        assertThat(rows).isEqualTo(generated.mappings()).isGreaterThanOrEqualTo(N);
        assertThat(prepared.warnings()).allMatch(w -> w.message().contains("no market pay"));
        assertThat(generated.samples()).isNotEmpty().allMatch(s -> s.profileCode().matches("[A-Z]+\\.[A-Z]+[0-9]{4}\\.(M3|P4)"));
    }

    @Test
    void mappingSetsConformToTheSssomSchema() throws IOException {
        SssomSchema schema = SssomSchema.load();
        for (String set : List.of("canon-onet-curated", "canon-soc-resolver")) {
            Path file = first.resolve("mappings/" + set + ".sssom.tsv");
            assertThat(schema.problems(file.toString(), Files.readString(file))).isEmpty();
        }
    }

    @Test
    void focusCodesFollowTheFunctionCodeWithTwoLettersAndFourDigits() {
        assertThat(generated.samples()).allSatisfy(s -> {
            String[] parts = s.profileCode().split("\\.");
            assertThat(parts[1]).startsWith(parts[0]).matches(parts[0] + "[A-Z]{2}[0-9]{4}");
        });
    }

    static long count(Graph g, String type) {
        return count(g, org.apache.jena.graph.NodeFactory.createURI(type));
    }

    static long count(Graph g, Node type) {
        return g.find(Node.ANY, RDF.type.asNode(), type).toList().size();
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
