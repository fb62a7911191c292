package org.canon.graph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.canon.graph.TestStores;
import org.canon.graph.source.SourceLayout;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's code path at a tiny size, without HTTP (the service jar is built after the tests): it generates,
 * loads both ways, runs every named query and writes its results. No figure is checked; timing is not a test.
 */
class BenchmarkSmokeTest {

    @Test
    void runsEndToEndAndWritesItsResults() throws Exception {
        Path work = TestStores.newFolder("bench");
        BenchResults r = Benchmark.create().sizes(List.of(100)).sources(SourceLayout.folder(Path.of(".")))
                .work(work).results(work.resolve("results")).http(false)
                .warmup(0).iterations(1).loadRepeats(1).build().run();
        BenchResults.SizeRun run = r.runs().get(0);
        assertThat(run.load().triples()).isPositive();
        assertThat(run.queries()).extracting(BenchResults.QueryFigures::name).contains("adjacency", "skills", "crosswalk");
        assertThat(run.queries()).allSatisfy(q -> assertThat(q.java().errors()).as(q.name()).isZero());
        assertThat(r.targets()).isNotEmpty();
        assertThat(Files.readString(work.resolve("results/latest.md"))).contains("| adjacency |");
        assertThat(Files.readString(work.resolve("results/latest.json"))).contains("\"profiles\" : 100");
    }
}
