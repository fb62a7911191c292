package org.canon.graph.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured, as written to {@code docs/benchmarks/latest.json}. Times are wall-clock
 * unless named CPU; the CPU figures are the benchmark process's own CPU time, which the other work on a shared
 * machine does not inflate as much.
 */
public record BenchResults(String command, Machine machine, String date, long seed, List<Integer> sizes,
                           Settings settings, List<SizeRun> runs, List<TargetCheck> targets) {

    /** How the run was set up. */
    public record Settings(int warmup, int iterations, int largeWarmup, int largeIterations, int largeFrom,
                           double querySecondsBudget, int samples, int loadRepeats, int throughputRequests, int clients,
                           String bulkLoader, String serviceHeap) {}

    /**
     * The figures of one taxonomy size, with the machine's state when it ran: the CPU reference time (a fixed
     * single-threaded workload, {@link Machine#referenceMillis()}; higher means a busier or slower machine) and
     * the load average at the start and the end.
     */
    public record SizeRun(int profiles, double cpuReferenceMs, Generated generated, Load load, List<QueryFigures> queries,
                          List<Throughput> throughput, Service service, double loadAverageBefore,
                          double loadAverageAfter) {}

    /** The generated taxonomy. */
    public record Generated(int functions, int focuses, long skills, long responsibilities, long mappings,
                            long files, long bytes, double seconds) {}

    /**
     * The project's load (parse, validate, store) against Jena's bulk loader on the same files; ratio = project
     * time / bulk time. With several repeats, the median repeat of each.
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

    /** One target of the issue: what was measured against what limit, and whether it is met. */
    public record TargetCheck(String target, int profiles, String measured, String limit, boolean met, String note) {}
}
