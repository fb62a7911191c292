package org.canon.graph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.canon.graph.progress.Progress;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.RemoteStore;
import org.canon.graph.store.Tdb2Store;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost of the network hop in the remote-store mode: the per-profile named queries run through
 * {@link QueryRunner}, first over the embedded TDB2 store the benchmark loaded ({@code bench}, kept in its work
 * folder), then over the same store folder served by a standalone Fuseki server (the {@code jena-fuseki-server} jar,
 * as in the remote-store test run) through {@link RemoteStore}, the store the service uses in its remote mode. Both
 * run in this process with the same 16 sample parameters; the difference of the medians is the hop (HTTP on the
 * loopback, the server's parse and the SPARQL results in JSON). Results go to {@code remote.md} and
 * {@code remote.json}.
 */
final class RemoteBenchmark {
    /** The per-profile named queries: what a user or a page asks about one profile, skill or code. */
    static final List<String> QUERIES = List.of("adjacency", "career-paths", "crosswalk", "crosswalk-reverse",
            "profile", "similar-profiles", "skills");

    /** One query at one size: its rows on the first sample, and its latency in-process and through the server. */
    record Row(String query, long rows, Latency embedded, Latency remote) {
        double hopMs() {
            return Machine.round(remote.medianMs() - embedded.medianMs());
        }
    }

    /** One size: the store's triples and the queries. */
    record Size(int profiles, long triples, List<Row> rows) {}

    /** The whole run. */
    record Results(String command, Machine machine, String date, String server, String serverHeap, int warmup,
                   int iterations, double budgetSeconds, List<Size> sizes) {}

    private final Progress progress;

    RemoteBenchmark(Progress progress) {
        this.progress = progress;
    }

    /**
     * Measures each size whose store {@code bench} left under {@code work} ({@code work/SIZE/store}, with the
     * generated sources beside it); the samples are generated again with the same seed.
     */
    Results run(List<Integer> sizes, long seed, SourceLayout shipped, Path work, Path serverJar, String heap,
                Path results, int warmup, int iterations, double budgetSeconds, String command) {
        if (!Files.isRegularFile(serverJar)) {
            throw new IllegalArgumentException(serverJar + " is missing: the bench profile copies it "
                    + "(./mvnw -Pbench package); or give --server=JAR");
        }
        List<Size> done = new ArrayList<>();
        Results r = null;
        for (int profiles : sizes) {
            Path dir = work.resolve(Integer.toString(profiles));
            Path store = dir.resolve("store");
            Path sources = dir.resolve("sources");
            if (!Files.isDirectory(store) || !Files.isDirectory(sources)) {
                throw new IllegalArgumentException("No store and sources for " + profiles + " profiles under " + dir
                        + ": run bench --sizes=" + profiles + " first (it keeps them in its work folder)");
            }
            done.add(size(profiles, seed, shipped, dir, store, sources, serverJar, heap, warmup, iterations,
                    budgetSeconds));
            r = new Results(command, Machine.detect(), ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    serverJar.getFileName().toString(), heap, warmup, iterations, budgetSeconds, List.copyOf(done));
            write(r, results);
        }
        return r;
    }

    private Size size(int profiles, long seed, SourceLayout shipped, Path dir, Path store, Path sources, Path serverJar,
                      String heap, int warmup, int iterations, double budgetSeconds) {
        Path scratch = dir.resolve("remote-samples");
        Files2.delete(scratch);
        List<GeneratedTaxonomy.Sample> samples = QueryCase.spread(TaxonomyGenerator.create().profiles(profiles).seed(seed)
                .sources(shipped).build().writeTo(scratch).samples(), EndpointBenchmark.SAMPLES);
        Files2.delete(scratch);
        QueryCatalog catalog = new QueryCatalog(SourceLayout.folder(sources));
        QueryRunner.Limits limits = new QueryRunner.Limits(Duration.ofMinutes(5), QueryRunner.Limits.DEFAULTS.maxRows());
        List<QueryCase> cases = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        List<Latency> embedded = new ArrayList<>();
        long triples;
        try (CanonStore st = Tdb2Store.open(store)) {
            QueryRunner runner = new QueryRunner(st, catalog, limits);
            for (String name : QUERIES) {
                QueryCase c = QueryCase.of(catalog.get(name), runner, samples);
                Progress.Step step = step(profiles, "embedded " + name);
                cases.add(c);
                rows.add(Benchmark.run(runner, c, 0));
                embedded.add(Latency.measure(warmup, iterations, budgetSeconds, i -> Benchmark.run(runner, c, i) >= 0));
                step.doneWith(embedded.get(embedded.size() - 1).cell() + " ms");
            }
            triples = st.graphNames().stream().mapToLong(st::size).sum();
            // released, so that the server can open the folder
            TDBInternal.expel(st.datasetGraph());
        }
        List<Row> figures = new ArrayList<>();
        Progress.Step start = step(profiles, "starting the standalone Fuseki server on the store");
        try (Server server = Server.start(serverJar, heap, store, dir.resolve("remote-fuseki"))) {
            start.done();
            try (CanonStore st = new RemoteStore(server.datasetUrl(), "sparql", "update", null, null).verify()) {
                QueryRunner runner = new QueryRunner(st, catalog, limits);
                for (int i = 0; i < cases.size(); i++) {
                    QueryCase c = cases.get(i);
                    Progress.Step step = step(profiles, "remote " + c.name());
                    Latency remote = Latency.measure(warmup, iterations, budgetSeconds, k -> Benchmark.run(runner, c, k) >= 0);
                    long remoteRows = Benchmark.run(runner, c, 0);
                    if (remoteRows != rows.get(i)) {
                        throw new IllegalStateException(c.name() + " answered " + remoteRows + " rows through the server "
                                + "and " + rows.get(i) + " in-process, for " + c.params().get(0));
                    }
                    figures.add(new Row(c.name(), rows.get(i), embedded.get(i), remote));
                    step.doneWith(remote.cell() + " ms");
                }
            }
        }
        return new Size(profiles, triples, figures);
    }

    private Progress.Step step(int profiles, String what) {
        return progress.step(String.format(Locale.ROOT, "%,d profiles: %s", profiles, what));
    }

    static void write(Results r, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("remote.json"),
                    JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(r) + "\n");
            Files.writeString(folder.resolve("remote.md"), markdown(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page {@code remote.md}: how the run was made, then one table per size. */
    static String markdown(Results r) {
        StringBuilder md = new StringBuilder("# The network hop of the remote-store mode\n\n");
        md.append(String.format(Locale.ROOT, "Run of %s: `%s`. Machine: %s, %d cores, %s; %s. ", r.date().substring(0, 10),
                r.command(), r.machine().cpu(), r.machine().cores(), r.machine().os(), r.machine().jvm()));
        md.append(String.format(Locale.ROOT, "What is measured: `RemoteBenchmark` in `src/bench`. Each per-profile named "
                + "query runs through `QueryRunner` over the store `bench` loaded, first in-process (TDB2, as the "
                + "embedded mode), then over the same store folder served by a standalone Fuseki server (%s, heap %s) on "
                + "the loopback, through `RemoteStore` (the remote mode). Both use the same 16 sample parameters in turn; "
                + "%d warm-up runs, then up to %d measured (at most %.0f s per query and path). Milliseconds, median / "
                + "99th percentile; the hop is the difference of the medians. The rows are the same on both paths (the "
                + "benchmark stops otherwise).%n%n", r.server(), r.serverHeap(), r.warmup(), r.iterations(),
                r.budgetSeconds()));
        for (Size s : r.sizes()) {
            md.append(String.format(Locale.ROOT, "## %,d profiles (%,d triples)%n%n", s.profiles(), s.triples()));
            md.append("| query | rows | embedded (ms) | remote (ms) | hop (ms) |\n|---|---:|---:|---:|---:|\n");
            for (Row row : s.rows()) {
                md.append(String.format(Locale.ROOT, "| %s | %,d | %s / %s | %s / %s | %s |%n", row.query(), row.rows(),
                        Latency.fmt(row.embedded().medianMs()), Latency.fmt(row.embedded().p99Ms()),
                        Latency.fmt(row.remote().medianMs()), Latency.fmt(row.remote().p99Ms()),
                        Latency.fmt(row.hopMs())));
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** A standalone Fuseki server serving one TDB2 folder as dataset {@code /canon}, its default graph the union. */
    static final class Server implements AutoCloseable {
        private final Process process;
        private final int port;

        private Server(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        String datasetUrl() {
            return "http://localhost:" + port + "/canon";
        }

        static Server start(Path jar, String heap, Path store, Path base) {
            try {
                Files2.delete(base);
                Path config = Files.createDirectories(base.resolve("configuration"));
                Files.writeString(config.resolve("canon.ttl"), """
                        @prefix fuseki: <http://jena.apache.org/fuseki#> .
                        @prefix tdb2:   <http://jena.apache.org/2016/tdb#> .
                        <#service> a fuseki:Service ; fuseki:name "canon" ;
                          fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                          fuseki:dataset <#ds> .
                        <#ds> a tdb2:DatasetTDB2 ; tdb2:location "%s" ; tdb2:unionDefaultGraph true .
                        """.formatted(store.toAbsolutePath().toString().replace("\\", "/")));
                int port;
                try (ServerSocket s = new ServerSocket(0)) {
                    port = s.getLocalPort();
                }
                ProcessBuilder pb = new ProcessBuilder("java", "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString(),
                        "--port=" + port, "--localhost")
                        .redirectErrorStream(true).redirectOutput(base.resolve("server.log").toFile());
                pb.environment().put("FUSEKI_BASE", base.toAbsolutePath().toString());
                Server server = new Server(pb.start(), port);
                server.await(base.resolve("server.log"));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void await(Path log) {
            HttpClient http = HttpClient.newHttpClient();
            URI ask = URI.create(datasetUrl() + "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The Fuseki server exited: see " + log);
                }
                try {
                    if (http.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not up yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            close();
            throw new IllegalStateException("The Fuseki server did not answer within 120 s: see " + log);
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
