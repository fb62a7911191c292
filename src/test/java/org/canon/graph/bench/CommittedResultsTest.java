package org.canon.graph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed benchmark results agree with each other: the README's table and {@code src/bench/results/latest.md}
 * are what {@code bench --render} writes from {@code latest.json}, the run covers 1k, 10k and 100k profiles, and
 * every target it records as met is met by the figures it holds.
 */
class CommittedResultsTest {
    static final Path JSON = Path.of("src/bench/results/latest.json");

    @Test
    void readmeAndLatestMdShowTheTablesOfLatestJson() throws IOException {
        BenchResults r = ResultsWriter.read(JSON);
        String tables = ResultsWriter.tables(r);
        String readme = Files.readString(Path.of("README.md"));
        String block = readme.substring(readme.indexOf(ResultsWriter.START) + ResultsWriter.START.length(),
                readme.indexOf(ResultsWriter.END));
        assertThat(block).isEqualTo("\n" + tables);
        assertThat(Files.readString(Path.of("src/bench/results/latest.md")))
                .isEqualTo("# Benchmark results\n\n" + tables + "\n" + Files.readString(Path.of("src/bench/analysis.md")));
    }

    @Test
    void theRunCoversTheThreeSizesAndItsTargetsFollowFromItsFigures() {
        BenchResults r = ResultsWriter.read(JSON);
        assertThat(r.runs()).extracting(BenchResults.SizeRun::profiles).containsExactly(1_000, 10_000, 100_000);
        assertThat(r.targets()).isEqualTo(Targets.check(r.runs()));
        assertThat(r.targets()).hasSize(6);
    }
}
