package org.canon.graph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service, started as its own process ({@code java -jar canon-graph.jar}, with JVM options such as a
 * class-data-sharing archive, see {@link Cds}) on a loaded store and a sources folder (or the sources in the jar), on
 * free loopback ports: its start-up time (from launch until {@code /actuator/health} says UP and Fuseki answers
 * {@code /$/ping}), the CPU time the process had used by then, the service's own breakdown of its start-up
 * ({@code /actuator/info}, {@code startup}), and its memory (resident set from {@code /proc/<pid>/status}, heap in
 * use from {@code /actuator/metrics}). Fuseki's per-request log is turned down to WARN, so that both HTTP paths are
 * measured without per-request logging. Closing it stops the process.
 */
final class ServiceProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    private final HttpClient http = HttpClient.newHttpClient();
    private final Process process;
    final int apiPort;
    final int fusekiPort;
    final double startupSeconds;
    /** CPU seconds the process had used when it answered (all its threads: start-up work, JIT, GC). */
    final double startupCpuSeconds;

    private ServiceProcess(Process process, int apiPort, int fusekiPort, double startupSeconds, double startupCpuSeconds) {
        this.process = process;
        this.apiPort = apiPort;
        this.fusekiPort = fusekiPort;
        this.startupSeconds = startupSeconds;
        this.startupCpuSeconds = startupCpuSeconds;
    }

    /** Starts {@code java -jar} on the jar and waits until it answers; see {@link #start(Path, List, String, Path, Path, Path)}. */
    static ServiceProcess start(Path jar, String heap, Path store, Path sources, Path log) {
        return start(jar, List.of(), heap, store, sources, log);
    }

    /**
     * Starts the service and waits until it answers.
     *
     * @param jvmOptions options before {@code -jar} (e.g. {@link Cds#options()})
     * @param sources a checkout's sources, or null for the copies in the jar
     * @throws IllegalStateException when it exits or does not answer within 15 minutes (its log is in {@code log})
     */
    static ServiceProcess start(Path jar, List<String> jvmOptions, String heap, Path store, Path sources, Path log) {
        int api = freePort();
        int fuseki = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--canon.store.dir=" + store.toAbsolutePath(),
                "--server.port=" + api, "--canon.fuseki.port=" + fuseki, "--canon.query.timeout=300s",
                "--management.endpoints.web.exposure.include=health,info,metrics",
                // Fuseki logs every request with its whole query text at INFO; the API logs nothing per request
                "--logging.level.org.apache.jena.fuseki.Fuseki=WARN"));
        if (sources != null) {
            command.add("--canon.sources.dir=" + sources.toAbsolutePath());
        }
        try {
            Files.createDirectories(log.getParent());
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServiceProcess s = new ServiceProcess(p, api, fuseki, 0, 0);
            while (!s.answers()) {
                if (!p.isAlive() || System.nanoTime() - t0 > START_TIMEOUT.toNanos()) {
                    p.destroyForcibly();
                    throw new IllegalStateException("The service did not start; see " + log.toAbsolutePath());
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = p.toHandle().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
            return new ServiceProcess(p, api, fuseki, LoadBenchmark.r2(seconds), LoadBenchmark.r2(cpu));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean answers() {
        return get("http://127.0.0.1:" + apiPort + "/actuator/health").contains("\"UP\"")
                && !get("http://127.0.0.1:" + fusekiPort + "/$/ping").isEmpty();
    }

    /** Resident set size now and at its peak, in MB ({@code VmRSS}, {@code VmHWM}). */
    double[] rssMb() {
        double rss = Double.NaN;
        double peak = Double.NaN;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kb(line) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kb(line) / 1024;
                }
            }
        } catch (IOException e) {
            // not Linux: no figures
        }
        return new double[] {Math.round(rss), Math.round(peak)};
    }

    /**
     * The service's breakdown of its start-up, from {@code /actuator/info} ({@code startup}: phases and slowest
     * beans in milliseconds); empty maps when it has none.
     */
    Map<String, Map<String, Long>> startupBreakdown() {
        Map<String, Map<String, Long>> breakdown = new LinkedHashMap<>();
        String json = get("http://127.0.0.1:" + apiPort + "/actuator/info");
        JsonNode startup = json.isEmpty() ? null : JsonMapper.builder().build().readTree(json).path("startup");
        for (String part : List.of("phasesMs", "slowestBeansMs")) {
            Map<String, Long> values = new LinkedHashMap<>();
            if (startup != null) {
                startup.path(part).properties().forEach(e -> values.put(e.getKey(), e.getValue().asLong()));
            }
            breakdown.put(part, values);
        }
        return breakdown;
    }

    /** Heap in use, in MB, as the service's own metrics report it. */
    double heapUsedMb() {
        String json = get("http://127.0.0.1:" + apiPort + "/actuator/metrics/jvm.memory.used?tag=area:heap");
        if (json.isEmpty()) {
            return Double.NaN;
        }
        JsonNode value = JsonMapper.builder().build().readTree(json).path("measurements").path(0).path("value");
        return Math.round(value.asDouble() / 1024 / 1024);
    }

    private String get(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static double kb(String line) {
        return Double.parseDouble(line.replaceAll("[^0-9]", ""));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
