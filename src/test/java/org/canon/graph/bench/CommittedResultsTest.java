package org.canon.graph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed benchmark results agree with each other: {@code docs/benchmarks/latest.md} is what
 * {@code bench --render} writes from {@code latest.json} and {@code analysis.md}, the README's short table is the
 * headline of the same run, the run covers 1k and 10k profiles, and every target it records as met is met by
 * the figures it holds; the same for the run of search alone in {@code docs/benchmarks/search}, the run at 100k
 * profiles in {@code docs/benchmarks/large} and the endpoints on the full data ({@code endpoints.md}).
 */
class CommittedResultsTest {
    static final Path RESULTS = Path.of(BenchMain.RESULTS);
    static final Path JSON = RESULTS.resolve("latest.json");

    @Test
    void latestMdShowsTheTablesOfLatestJsonAndTheAnalysis() throws IOException {
        resultsOf(RESULTS);
    }

    /** The results in {@code folder}, after checking that its latest.md is what bench --render writes from them. */
    static BenchResults resultsOf(Path folder) throws IOException {
        BenchResults r = ResultsWriter.read(folder.resolve("latest.json"));
        assertThat(Files.readString(folder.resolve("latest.md"))).as(folder + "/latest.md")
                .isEqualTo("# Benchmark results\n\n" + ResultsWriter.tables(r) + "\n"
                        + Files.readString(folder.resolve("analysis.md")));
        return r;
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

    /** The run of search alone (docs/benchmarks/search): the same agreement, over the full external data. */
    @Test
    void theSearchRunsTablesAndTargetsFollowFromItsFigures() throws IOException {
        BenchResults r = resultsOf(RESULTS.resolve("search"));
        assertThat(r.settings().only()).isEqualTo("search");
        assertThat(r.settings().external()).isEqualTo("../shared/data");
        assertThat(r.runs()).extracting(BenchResults.SizeRun::profiles).containsExactly(1_000, 10_000);
        assertThat(r.runs()).allSatisfy(run -> assertThat(run.search().operations())
                .extracting(BenchResults.QueryFigures::name).containsExactly("search", "suggest"));
        assertThat(r.targets()).isEqualTo(Targets.check(r.runs(), r.shipped())).hasSize(2);
    }

    /** The endpoints on the full data (docs/benchmarks/endpoints.md): the table is what the command writes from its figures. */
    @Test
    void theEndpointTableFollowsFromItsFigures() throws IOException {
        EndpointBenchmark.Results r = JsonMapper.builder().build().readValue(
                Files.readString(RESULTS.resolve("endpoints.json")), EndpointBenchmark.Results.class);
        assertThat(Files.readString(RESULTS.resolve("endpoints.md"))).isEqualTo(EndpointBenchmark.markdown(r));
        assertThat(r.external()).isEqualTo("../shared/data");
        assertThat(r.endpoints()).extracting(EndpointBenchmark.Endpoint::name)
                .contains("similar occupations", "suggestions, O*NET-SOC -> ESCO", "adjacency mode=blend", "search");
        assertThat(r.endpoints()).allSatisfy(e -> assertThat(e.latency().n()).as(e.name()).isPositive());
    }

    @Test
    void theRunCoversTwoSizesAndItsTargetsFollowFromItsFigures() {
        BenchResults r = ResultsWriter.read(JSON);
        assertThat(r.runs()).extracting(BenchResults.SizeRun::profiles).containsExactly(1_000, 10_000);
        assertThat(r.targets()).isEqualTo(Targets.check(r.runs(), r.shipped()));
        assertThat(r.targets()).hasSizeGreaterThanOrEqualTo(6);
    }

    /**
     * The run at 100,000 profiles (docs/benchmarks/large): search and autocomplete over the generated taxonomy and the
     * full external data, and the per-profile named queries, through Java and HTTP.
     */
    @Test
    void theLargeRunsTablesAndTargetsFollowFromItsFigures() throws IOException {
        BenchResults r = resultsOf(RESULTS.resolve("large"));
        assertThat(r.runs()).extracting(BenchResults.SizeRun::profiles).containsExactly(100_000);
        assertThat(r.settings().external()).isEqualTo("../shared/data");
        assertThat(r.runs().get(0).queries()).extracting(BenchResults.QueryFigures::name)
                .contains("adjacency", "adjacency mode=blend", Baseline.LABEL, "career-paths");
        assertThat(r.targets()).isEqualTo(Targets.check(r.runs(), r.shipped()));
    }
}
