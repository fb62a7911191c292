package org.canon.graph.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured, as written to {@code docs/benchmarks/latest.json}. Times are wall-clock
 * unless named CPU; the CPU figures are the benchmark process's own CPU time, which the other work on a shared
 * machine does not inflate as much.
 */
public record BenchResults(String command, Machine machine, String date, long seed, List<Integer> sizes,
                           Settings settings, List<Startup> shipped, List<SizeRun> runs, List<TargetCheck> targets) {

    /**
     * How the run was set up; {@code only} is {@code search} for a run of search alone (no bulk loader, named queries
     * or throughput), and {@code external} the folder of external schemes imported into each store after the load
     * (both null otherwise).
     */
    public record Settings(int warmup, int iterations, int largeWarmup, int largeIterations, int largeFrom,
                           double querySecondsBudget, int samples, int loadRepeats, int throughputRequests, int clients,
                           String bulkLoader, String serviceHeap, String only, String external) {}

    /**
     * The figures of one taxonomy size, with the machine's state when it ran: the CPU reference time (a fixed
     * single-threaded workload, {@link Machine#referenceMillis()}; higher means a busier or slower machine) and
     * the load average at the start and the end.
     */
    public record SizeRun(int profiles, double cpuReferenceMs, Generated generated, Load load, List<QueryFigures> queries,
                          List<Throughput> throughput, Service service, List<Startup> startups, double loadAverageBefore,
                          double loadAverageAfter, TextSearch search, Import imported, List<Page> pages) {}

    /**
     * A page of the service through HTTP (HTML, as a browser asks for it): its name, the path of the first sample and
     * the latency over the samples in turn, each answer read to the end and counted only on 200.
     */
    public record Page(String name, String example, Latency api) {}

    /**
     * The import of the external schemes into the loaded store ({@code --external}): triples stored, seconds and CPU
     * seconds (absent from runs without {@code --external}); {@code derived} whether the graphs derived from them
     * (similar occupations and profiles, text index, crosswalk suggestions) were built too ({@code --import-derived};
     * absent, in older results: true).
     */
    public record Import(long triples, double seconds, double cpuSeconds, Boolean derived) {
        /** Whether the derived graphs were built with the import. */
        public boolean withDerived() {
            return derived == null || derived;
        }
    }

    /**
     * Search and autocomplete over the text index (absent from runs made before they were measured): the index's
     * entries and the time to build it from the store, and {@code search} and {@code suggest} as {@link QueryFigures}
     * (rows: answers of the first sample; {@code fuseki} empty).
     */
    public record TextSearch(int entries, double buildSeconds, List<QueryFigures> operations) {}

    /** The generated taxonomy. */
    public record Generated(int functions, int focuses, long skills, long responsibilities, long mappings,
                            long files, long bytes, double seconds) {}

    /**
     * The project's load (parse, validate, store) against Jena's bulk loader on the same files; ratio = project
     * time / bulk time. With several repeats, the median repeat of each. The bulk figures are 0 when it was not run.
     */
    public record Load(long triples, int repeats, double parseSeconds, double prepareSeconds, double storeSeconds,
                       double projectSeconds, double projectCpuSeconds, double projectTriplesPerSecond,
                       double bulkSeconds, double bulkCpuSeconds, double bulkTriplesPerSecond, double ratio,
                       long projectStoreBytes, long bulkStoreBytes) {}

    /** One named query: the parameters of its first sample, the rows it gave, and its latency on each path. */
    public record QueryFigures(String name, Map<String, String> params, long rows, Latency java, Latency api,
                               Latency fuseki) {}

    /** Requests per second of the REST API and of Fuseki for the same query; ratio = Fuseki rps / API rps. */
    public record Throughput(String query, int requests, int clients, double apiRps, double fusekiRps, double ratio,
                             int errors) {}

    /** The service started as its own process on the loaded store. */
    public record Service(double startupSeconds, double rssMb, double peakRssMb, double heapUsedMb, String heapMax) {}

    /**
     * The service's start-up on one store, one way ({@code java -jar}, or {@code src/main/scripts/run}: the extracted jar with a
     * class-data-sharing archive), over several runs: median, fastest and slowest seconds until it answers, median CPU
     * seconds of the process by then, and the breakdown the service reports for the run with the median time (phases
     * and slowest beans, in ms; see {@code org.canon.graph.config.StartupBreakdown}).
     */
    public record Startup(String data, String way, int runs, double seconds, double minSeconds, double maxSeconds,
                          double cpuSeconds, Map<String, Long> phasesMs, Map<String, Long> slowestBeansMs) {}

    /** One target of the issue: what was measured against what limit, and whether it is met. */
    public record TargetCheck(String target, int profiles, String measured, String limit, boolean met, String note) {}
}
