package org.canon.graph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine and JVM a benchmark ran on: CPU model, cores, memory, OS, Java version and heap. */
public record Machine(String cpu, int cores, double memoryGb, String os, String jvm, double maxHeapGb) {

    static Machine detect() {
        String cpu = lines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(System.getProperty("os.arch"));
        double memory = lines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1024 / 1024).findFirst().orElse(Double.NaN);
        String os = lines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME="))
                .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", "")).findFirst().orElse(System.getProperty("os.name"))
                + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ")";
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), round(memory),
                os, jvm, round(Runtime.getRuntime().maxMemory() / 1024.0 / 1024 / 1024));
    }

    /** The one-minute load average: how busy the machine was besides the benchmark. */
    static double loadAverage() {
        return round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * A fixed single-threaded reference workload (sorting the same two million pseudo-random numbers), best of
     * three, in ms: how fast this machine was for the benchmark at that moment, shared as it may be.
     */
    static double referenceMillis() {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < 3; r++) {
            int[] data = new java.util.SplittableRandom(42).ints(2_000_000).toArray();
            long t0 = System.nanoTime();
            java.util.Arrays.sort(data);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return round(best / 1e6);
    }

    /** CPU time of this process so far, in seconds. */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
