package org.canon.graph.query;

import org.canon.graph.bench.GeneratedTaxonomy;
import org.canon.graph.bench.TaxonomyGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.canon.graph.TestStores;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceFile;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code sparql/adjacency.rq} and {@code sparql/career-paths.rq} read only the profiles that can be among their rows;
 * they must give exactly the rows of the plain forms that scan ({@code src/test/resources/queries-reference/}), for
 * every parameter, on a generated taxonomy of several functions with retired profiles and a partial last focus. The
 * distances come from the structural distance entries of the derived graph, which can be derived again from the
 * taxonomy in the store (as the service does at start for a store that lacks them).
 */
class AdjacencyReferenceTest {
    static final Path REFERENCE = Path.of("src/test/resources/queries-reference");
    static CanonStore store;
    static QueryRunner runner;
    static List<String> codes = new ArrayList<>();
    static Path sources;

    @BeforeAll
    static void load() {
        sources = TestStores.newFolder("reference-src");
        GeneratedTaxonomy t = TaxonomyGenerator.create().profiles(150).seed(3).sources(SourceLayout.folder(Path.of(".")))
                .build().writeTo(sources);
        store = TestStores.open("reference-store");
        new CanonLoader().load(SourceLayout.folder(sources), store);
        runner = new QueryRunner(store, new QueryCatalog(List.of(SourceFile.of(Path.of("sparql/adjacency.rq")),
                SourceFile.of(Path.of("sparql/career-paths.rq")), SourceFile.of(REFERENCE.resolve("adjacency-all-pairs.rq")),
                SourceFile.of(REFERENCE.resolve("career-paths-scan.rq")))), QueryRunner.Limits.DEFAULTS);
        runner.rows("adjacency-all-pairs", Map.of("code", t.samples().get(0).profileCode(), "limit", "1000"))
                .forEach(r -> codes.add((String) r.get("profileCode")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void adjacencyGivesTheRowsOfComparingWithEveryProfile() {
        assertThat(codes).hasSizeGreaterThan(100);
        int compared = 0;
        for (int i = 0; i < codes.size(); i += 12) {
            for (String limit : List.of("1", "10", "40", "1000")) {
                for (String maxDistance : List.of("1.0", "0.5", "0.25", "0")) {
                    Map<String, String> p = Map.of("code", codes.get(i), "limit", limit, "maxDistance", maxDistance);
                    assertThat(runner.rows("adjacency", p)).as(p.toString()).isEqualTo(runner.rows("adjacency-all-pairs", p));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void theDistancesComeFromTheDerivedGraphWhichCanBeDerivedAgainFromTheStore() {
        Graph derived = store.read(Canon.GRAPH_DERIVED);
        assertThat(derived.size()).isPositive();
        Map<String, String> first = Map.of("code", codes.get(0), "limit", "10");
        store.replaceGraphs(Map.of(), Set.of(Canon.GRAPH_DERIVED));
        try {
            // the rule is stated once, in the derivation: without its entries no distance, so no row
            assertThat(runner.rows("adjacency", first)).isEmpty();
            // what the service does at start for a store loaded before the entries existed
            store.replaceGraphs(Map.of(Canon.GRAPH_DERIVED,
                    new CanonLoader().deriveFor(SourceLayout.folder(sources), store)), Set.of());
            assertThat(store.read(Canon.GRAPH_DERIVED).isIsomorphicWith(derived)).isTrue();
            for (int i = 0; i < codes.size(); i += 24) {
                for (String limit : List.of("1", "10", "1000")) {
                    Map<String, String> p = Map.of("code", codes.get(i), "limit", limit);
                    assertThat(runner.rows("adjacency", p)).as(p.toString()).isEqualTo(runner.rows("adjacency-all-pairs", p));
                }
            }
        } finally {
            store.replaceGraphs(Map.of(Canon.GRAPH_DERIVED, derived), Set.of());
        }
    }

    @Test
    void careerPathsGiveTheRowsOfScanningTheLevel() {
        for (int i = 0; i < codes.size(); i += 3) {
            Map<String, String> p = Map.of("code", codes.get(i));
            assertThat(runner.rows("career-paths", p)).as(p.toString()).isEqualTo(runner.rows("career-paths-scan", p));
        }
        assertThat(runner.rows("career-paths", Map.of("code", codes.get(0)))).isNotEmpty();
    }
}
