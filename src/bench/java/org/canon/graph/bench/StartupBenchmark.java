package org.canon.graph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.canon.graph.progress.Progress;

/**
 * The service's start-up on one loaded store, measured several times each way, the ways taking turns so that a change
 * in the machine's load weighs on them alike: {@code java -jar canon-graph.jar}, and (when given) the extracted jar
 * with its class-data-sharing archive ({@link Cds}, what {@code src/main/scripts/run} starts). For each way: the median, fastest
 * and slowest time until the service answers, the median CPU seconds the process had used by then, and the service's
 * own breakdown ({@code StartupBreakdown}) of the run with the median time.
 */
final class StartupBenchmark {
    static final String JAR = "java -jar";
    static final String CDS = "src/main/scripts/run (extracted, CDS archive)";

    private StartupBenchmark() {}

    /**
     * @param data what the store holds, in words (e.g. "shipped data (132 profiles)")
     * @param cds the class-data-sharing way, or null to measure {@code java -jar} only
     * @param sources the sources the store was loaded from, or null for those in the jar
     */
    static List<BenchResults.Startup> measure(String data, Path jar, Cds cds, String heap, Path store, Path sources,
                                              Path logs, int runs, Progress progress) {
        List<String> ways = cds == null ? List.of(JAR) : List.of(JAR, CDS);
        List<List<Run>> measured = new ArrayList<>();
        ways.forEach(w -> measured.add(new ArrayList<>()));
        for (int r = 0; r < runs; r++) {
            for (int w = 0; w < ways.size(); w++) {
                Progress.Step step = progress.step(data + ": start-up " + (r + 1) + "/" + runs + ", " + ways.get(w));
                Path log = logs.resolve("startup-" + (w == 0 ? "jar" : "cds") + "-" + r + ".log");
                try (ServiceProcess p = w == 0 ? ServiceProcess.start(jar, List.of(), heap, store, sources, log)
                        : ServiceProcess.start(cds.jar, cds.options(), heap, store, sources, log)) {
                    Map<String, Map<String, Long>> breakdown = p.startupBreakdown();
                    measured.get(w).add(new Run(p.startupSeconds, p.startupCpuSeconds, breakdown.get("phasesMs"),
                            breakdown.get("slowestBeansMs")));
                    step.doneWith(p.startupSeconds + " s (CPU " + p.startupCpuSeconds + " s)");
                }
            }
        }
        List<BenchResults.Startup> figures = new ArrayList<>();
        for (int w = 0; w < ways.size() && runs > 0; w++) {
            List<Run> byTime = new ArrayList<>(measured.get(w));
            byTime.sort(Comparator.comparingDouble(Run::seconds));
            Run median = byTime.get((byTime.size() - 1) / 2);
            double[] cpu = byTime.stream().mapToDouble(Run::cpuSeconds).sorted().toArray();
            figures.add(new BenchResults.Startup(data, ways.get(w), byTime.size(), median.seconds(),
                    byTime.get(0).seconds(), byTime.get(byTime.size() - 1).seconds(), cpu[(cpu.length - 1) / 2],
                    median.phasesMs(), median.slowestBeansMs()));
        }
        return figures;
    }

    private record Run(double seconds, double cpuSeconds, Map<String, Long> phasesMs, Map<String, Long> slowestBeansMs) {}
}
