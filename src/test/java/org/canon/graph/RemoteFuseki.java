package org.canon.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real standalone Fuseki server (the {@code jena-fuseki-server} jar, copied to target/fuseki-server by the
 * {@code remote-store} Maven profile), started once per test JVM on a free loopback port and stopped at exit.
 * It serves dataset {@code /canon} for the service and a pool of datasets {@code /t0} .. for tests that need a
 * store of their own; every dataset is an in-memory TDB2 dataset whose default graph is the union.
 */
public final class RemoteFuseki {
    static final int POOL = 48;
    private static RemoteFuseki instance;
    private final int port;
    private final Process process;
    private final AtomicInteger next = new AtomicInteger();

    private RemoteFuseki(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** The running server, started on first use. */
    public static synchronized RemoteFuseki get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** URL of the service's dataset. */
    public String canonUrl() {
        return "http://localhost:" + port + "/canon";
    }

    /** URL of the server itself (UI, admin). */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** URL of the next dataset of the pool (reused round-robin; callers clear it first). */
    public String nextDatasetUrl() {
        return "http://localhost:" + port + "/t" + (next.getAndIncrement() % POOL);
    }

    private static RemoteFuseki start() {
        Path jar = Path.of("target/fuseki-server/jena-fuseki-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests with -Premote-store, which copies it");
        }
        try {
            Path base = TestStores.newFolder("fuseki-base");
            Path config = Files.createDirectories(base.resolve("configuration"));
            Files.writeString(config.resolve("canon.ttl"), dataset("canon"));
            for (int i = 0; i < POOL; i++) {
                Files.writeString(config.resolve("t" + i + ".ttl"), dataset("t" + i));
            }
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            ProcessBuilder pb = new ProcessBuilder("java", "-Xmx2g", "-jar", jar.toAbsolutePath().toString(),
                    "--port=" + port, "--localhost")
                    .redirectErrorStream(true).redirectOutput(base.resolve("server.log").toFile());
            pb.environment().put("FUSEKI_BASE", base.toAbsolutePath().toString());
            Process process = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            RemoteFuseki server = new RemoteFuseki(port, process);
            server.awaitPing(base);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitPing(Path base) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki server exited: see " + base.resolve("server.log"));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(canonUrl() + "/sparql?query=ASK%7B%7D"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
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
        throw new IllegalStateException("Fuseki server did not answer within 60 s: see " + base.resolve("server.log"));
    }

    private static String dataset(String name) {
        return """
                @prefix fuseki: <http://jena.apache.org/fuseki#> .
                @prefix tdb2:   <http://jena.apache.org/2016/tdb#> .
                <#service> a fuseki:Service ; fuseki:name "%s" ;
                  fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                  fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                  fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name "update" ] ;
                  fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name "get" ] ;
                  fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
                  fuseki:dataset <#ds> .
                <#ds> a tdb2:DatasetTDB2 ; tdb2:location "--mem--" ; tdb2:unionDefaultGraph true .
                """.formatted(name);
    }
}
