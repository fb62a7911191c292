package org.canon.graph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.canon.graph.TestStores;
import org.canon.graph.progress.Progress;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.suggest.SuggestionFixtures;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's code path at a tiny size, without HTTP (the service jar is built after the tests): it generates,
 * loads both ways, runs every named query, search and autocomplete, reports each step and writes its results; and
 * search alone over the taxonomy and the external fixtures. No figure is checked; timing is not a test.
 */
class BenchmarkSmokeTest {

    @Test
    void runsEndToEndAndWritesItsResults() throws Exception {
        Path work = TestStores.newFolder("bench");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        BenchResults r = Benchmark.create().sizes(List.of(100)).sources(SourceLayout.folder(Path.of(".")))
                .work(work).results(work.resolve("results")).http(false)
                .progress(Progress.to(new PrintStream(progress, true, StandardCharsets.UTF_8)))
                .warmup(0).iterations(1).loadRepeats(1).build().run();
        BenchResults.SizeRun run = r.runs().get(0);
        assertThat(run.load().triples()).isPositive();
        assertThat(run.queries()).extracting(BenchResults.QueryFigures::name).contains("adjacency", "skills", "crosswalk",
                "adjacency mode=blend", "adjacency mode=skills", "career-paths otherFunctions=5");
        assertThat(run.queries()).allSatisfy(q -> assertThat(q.java().errors()).as(q.name()).isZero());
        assertThat(r.targets()).extracting(BenchResults.TargetCheck::target)
                .contains("adjacency mode=blend under 10 ms median", "career-paths under 20 ms median")
                .anySatisfy(t -> assertThat(t).startsWith("every check ("));
        // the former LATERAL adjacency, timed beside it, answers the same number of rows
        assertThat(run.queries()).filteredOn(q -> q.name().equals(Baseline.LABEL)).singleElement()
                .satisfies(b -> assertThat(b.rows()).isPositive()
                        .isEqualTo(Targets.query(run, "adjacency").orElseThrow().rows()));
        // the variants find rows: the load derived the profiles' similarity they rank by
        assertThat(run.queries()).filteredOn(q -> q.name().startsWith("adjacency mode=")).allSatisfy(q ->
                assertThat(q.rows()).as(q.name()).isPositive());
        assertThat(Files.readString(work.resolve("results/latest.md"))).contains("| adjacency |");
        assertThat(Files.readString(work.resolve("results/latest.json"))).contains("\"profiles\" : 100");
        // one counted step for the generation, the load and each query, numbered to their total
        List<String> lines = progress.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("[")).toList();
        int steps = 2 + run.queries().size();
        assertThat(lines).hasSize(steps);
        assertThat(lines.get(0)).startsWith("[1/" + steps + "] 100 profiles: generating");
        assertThat(lines.get(steps - 1)).startsWith("[" + steps + "/" + steps + "] 100 profiles: java ").endsWith(" s");
        assertThat(run.search().entries()).isPositive();
        assertThat(run.search().operations()).extracting(BenchResults.QueryFigures::name).containsExactly("search", "suggest");
        assertThat(run.search().operations()).allSatisfy(op -> {
            assertThat(op.java().errors()).as(op.name()).isZero();
            assertThat(op.rows()).as(op.name() + " answers " + op.params()).isPositive();
        });
        assertThat(Files.readString(work.resolve("results/latest.md"))).contains("**Search and autocomplete**");
    }

    @Test
    void searchAloneOverTheTaxonomyAndExternalSchemes() throws Exception {
        Path work = TestStores.newFolder("bench-search");
        BenchResults r = Benchmark.create().sizes(List.of(100)).sources(SourceLayout.folder(Path.of(".")))
                .work(work).results(work.resolve("results")).http(false).searchOnly(true)
                .external(SuggestionFixtures.externalFixtures()).warmup(0).iterations(1).loadRepeats(1).build().run();
        BenchResults.SizeRun run = r.runs().get(0);
        assertThat(run.queries()).isEmpty();
        assertThat(run.load().bulkSeconds()).isZero();
        // the index holds the generated profiles and the external concepts
        assertThat(run.search().entries()).isGreaterThan(100 + 30);
        assertThat(run.imported().triples()).isPositive();
        assertThat(r.targets()).extracting(BenchResults.TargetCheck::target).hasSize(3)
                .filteredOn(t -> t.contains("over the text index")).hasSize(2);
        assertThat(Files.readString(work.resolve("results/latest.md"))).contains("**Import**");
        assertThat(Files.readString(work.resolve("results/latest.md"))).contains("search only", "not run")
                .doesNotContain("**Named queries");
    }

    @Test
    void searchWithSomeNamedQueriesAndAPlainImport() throws Exception {
        Path work = TestStores.newFolder("bench-search-queries");
        BenchResults r = Benchmark.create().sizes(List.of(100)).sources(SourceLayout.folder(Path.of(".")))
                .work(work).results(work.resolve("results")).http(false).searchOnly(true)
                .queries(java.util.Set.of("adjacency")).importDerived(false)
                .external(SuggestionFixtures.externalFixtures()).warmup(0).iterations(1).loadRepeats(1).build().run();
        BenchResults.SizeRun run = r.runs().get(0);
        assertThat(run.queries()).extracting(BenchResults.QueryFigures::name).containsExactlyInAnyOrder("adjacency",
                "adjacency mode=skills", "adjacency mode=blend", Baseline.LABEL);
        assertThat(run.imported()).satisfies(i -> {
            assertThat(i.withDerived()).isFalse();
            assertThat(i.triples()).isPositive();
        });
        assertThat(Files.readString(work.resolve("results/latest.md"))).contains("without the graphs derived from them");
        // the import target counts the derived graphs: a plain import is not held against it
        assertThat(r.targets()).extracting(BenchResults.TargetCheck::target).noneMatch(t -> t.startsWith("import"));
        assertThat(run.search().entries()).isGreaterThan(100 + 30);
        assertThat(r.settings().only()).isEqualTo("search and adjacency");
        assertThat(r.targets()).extracting(BenchResults.TargetCheck::target).contains("adjacency mode=blend under 10 ms median");
    }
}
