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
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service, started as its own process ({@code java -jar canon-graph.jar}) on a loaded store and a sources
 * folder, on free loopback ports: its start-up time (from launch until {@code /actuator/health} says UP and Fuseki
 * answers {@code /$/ping}) and its memory (resident set from {@code /proc/<pid>/status}, heap in use from
 * {@code /actuator/metrics}). Fuseki's per-request log is turned down to WARN, so that both HTTP paths are measured
 * without per-request logging. Closing it stops the process.
 */
final class ServiceProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    private final HttpClient http = HttpClient.newHttpClient();
    private final Process process;
    final int apiPort;
    final int fusekiPort;
    final double startupSeconds;

    private ServiceProcess(Process process, int apiPort, int fusekiPort, double startupSeconds) {
        this.process = process;
        this.apiPort = apiPort;
        this.fusekiPort = fusekiPort;
        this.startupSeconds = startupSeconds;
    }

    /**
     * Starts the service and waits until it answers.
     *
     * @throws IllegalStateException when it exits or does not answer within 15 minutes (its log is in {@code log})
     */
    static ServiceProcess start(Path jar, String heap, Path store, Path sources, Path log) {
        int api = freePort();
        int fuseki = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString(),
                "--canon.store.dir=" + store.toAbsolutePath(), "--canon.sources.dir=" + sources.toAbsolutePath(),
                "--server.port=" + api, "--canon.fuseki.port=" + fuseki, "--canon.query.timeout=300s",
                "--management.endpoints.web.exposure.include=health,metrics",
                // Fuseki logs every request with its whole query text at INFO; the API logs nothing per request
                "--logging.level.org.apache.jena.fuseki.Fuseki=WARN"));
        try {
            Files.createDirectories(log.getParent());
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServiceProcess s = new ServiceProcess(p, api, fuseki, 0);
            while (!s.answers()) {
                if (!p.isAlive() || System.nanoTime() - t0 > START_TIMEOUT.toNanos()) {
                    p.destroyForcibly();
                    throw new IllegalStateException("The service did not start; see " + log.toAbsolutePath());
                }
                Thread.sleep(50);
            }
            return new ServiceProcess(p, api, fuseki, LoadBenchmark.r2((System.nanoTime() - t0) / 1e9));
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
