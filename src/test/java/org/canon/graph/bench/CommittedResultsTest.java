package org.canon.graph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed benchmark results agree with each other: {@code docs/benchmarks/latest.md} is what
 * {@code bench --render} writes from {@code latest.json} and {@code analysis.md}, the README's short table is the
 * headline of the same run, the run covers 1k, 10k and 100k profiles, and every target it records as met is met by
 * the figures it holds.
 */
class CommittedResultsTest {
    static final Path RESULTS = Path.of(BenchMain.RESULTS);
    static final Path JSON = RESULTS.resolve("latest.json");

    @Test
    void latestMdShowsTheTablesOfLatestJsonAndTheAnalysis() throws IOException {
        BenchResults r = ResultsWriter.read(JSON);
        assertThat(Files.readString(RESULTS.resolve("latest.md")))
                .isEqualTo("# Benchmark results\n\n" + ResultsWriter.tables(r) + "\n"
                        + Files.readString(RESULTS.resolve("analysis.md")));
    }

    @Test
    void readmeShowsTheHeadlineOfLatestJson() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(ResultsWriter.START);
        int end = readme.indexOf(ResultsWriter.END);
        assertThat(start).as("README.md has the lines " + ResultsWriter.START + " and " + ResultsWriter.END)
                .isNotNegative().isLessThan(end);
        assertThat(readme.substring(start + ResultsWriter.START.length(), end))
                .as("the table bench prints at its end, for " + JSON)
                .isEqualTo("\n" + ResultsWriter.headline(ResultsWriter.read(JSON)));
    }

    @Test
    void theRunCoversTheThreeSizesAndItsTargetsFollowFromItsFigures() {
        BenchResults r = ResultsWriter.read(JSON);
        assertThat(r.runs()).extracting(BenchResults.SizeRun::profiles).containsExactly(1_000, 10_000, 100_000);
        assertThat(r.targets()).isEqualTo(Targets.check(r.runs()));
        assertThat(r.targets()).hasSize(6);
    }
}
