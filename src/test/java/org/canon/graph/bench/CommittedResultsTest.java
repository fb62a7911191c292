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
 * headline of the same run, the run covers 1k, 10k and 100k profiles, and every target it records as met is met by
 * the figures it holds; the same for the pages at the three sizes ({@code docs/benchmarks/pages}), the endpoints on
 * the full data ({@code endpoints.md}) and the network hop of the remote mode ({@code remote.md}).
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
    void theRunCoversThreeSizesAndItsTargetsFollowFromItsFigures() {
        BenchResults r = ResultsWriter.read(JSON);
        assertThat(r.runs()).extracting(BenchResults.SizeRun::profiles).containsExactly(1_000, 10_000, 100_000);
        assertThat(r.settings().external()).isEqualTo("../shared/data");
        assertThat(r.runs()).allSatisfy(run -> assertThat(run.queries()).extracting(BenchResults.QueryFigures::name)
                .contains("adjacency", "adjacency mode=blend", Baseline.LABEL, "career-paths", "check-level-switch"));
        assertThat(r.runs()).allSatisfy(run -> assertThat(run.imported()).isNotNull());
        assertThat(r.targets()).isEqualTo(Targets.check(r.runs(), r.shipped()));
        assertThat(r.targets()).hasSizeGreaterThanOrEqualTo(6);
    }

    /** The pages at the three sizes (docs/benchmarks/pages): the same agreement, over the full external data. */
    @Test
    void thePagesRunsTablesAndTargetsFollowFromItsFigures() throws IOException {
        BenchResults r = resultsOf(RESULTS.resolve("pages"));
        assertThat(r.settings().external()).isEqualTo("../shared/data");
        assertThat(r.runs()).extracting(BenchResults.SizeRun::profiles).containsExactly(1_000, 10_000, 100_000);
        assertThat(r.runs()).allSatisfy(run -> assertThat(run.pages()).extracting(BenchResults.Page::name)
                .containsExactly("home page", "profile page", "search page", "occupation page"));
        assertThat(r.runs()).allSatisfy(run -> assertThat(run.pages())
                .allSatisfy(p -> assertThat(p.api().n()).as(p.name()).isPositive()));
        assertThat(r.targets()).isEqualTo(Targets.check(r.runs(), r.shipped()));
    }

    /** The network hop of the remote-store mode (docs/benchmarks/remote.md): the table is what the command writes. */
    @Test
    void theRemoteTableFollowsFromItsFigures() throws IOException {
        RemoteBenchmark.Results r = JsonMapper.builder().build().readValue(
                Files.readString(RESULTS.resolve("remote.json")), RemoteBenchmark.Results.class);
        assertThat(Files.readString(RESULTS.resolve("remote.md"))).isEqualTo(RemoteBenchmark.markdown(r));
        assertThat(r.sizes()).extracting(RemoteBenchmark.Size::profiles).containsExactly(1_000, 10_000, 100_000);
        assertThat(r.sizes()).allSatisfy(s -> assertThat(s.rows()).extracting(RemoteBenchmark.Row::query)
                .containsExactlyElementsOf(RemoteBenchmark.QUERIES));
        assertThat(r.sizes()).allSatisfy(s -> assertThat(s.rows()).allSatisfy(row -> {
            assertThat(row.embedded().n()).as(row.query()).isPositive();
            assertThat(row.remote().n()).as(row.query()).isPositive();
        }));
    }
}
