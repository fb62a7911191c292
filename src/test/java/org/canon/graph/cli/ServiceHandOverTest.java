package org.canon.graph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.canon.graph.CanonGraphApplication;
import org.canon.graph.TestStores;
import org.canon.graph.release.ReleaseFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code load} and {@code import} while another process holds the store: with {@code canon.admin.url} set they hand
 * the work to the service at that URL (here a stand-in that records the request and answers as the service does);
 * without it, or when nobody holds the store, they do not.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServiceHandOverTest {
    final List<String> requests = new CopyOnWriteArrayList<>();
    HttpServer service;
    int status = 201;
    String answer = "{\"release\":2,\"triples\":2900,\"changes\":{\"added\":1,\"removed\":0,\"retired\":1,\"changed\":4},"
            + "\"millis\":1234}";
    Path storeDir;
    Process holder;

    @BeforeEach
    void start() throws IOException {
        assumeFalse(TestStores.remote(), "an embedded store held by another process");
        storeDir = TestStores.newFolder("handover").toAbsolutePath();
        service = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        service.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + (query == null ? "" : "?" + URLDecoder.decode(query, StandardCharsets.UTF_8)) + " "
                    + (auth == null ? "-" : new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8)));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.stop(0);
        }
        if (holder != null) {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    void holdTheStore() throws IOException {
        holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StoreHolder.class.getName(), storeDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); !"held".equals(line); line = out.readLine()) {
            assertThat(line).as("the holder's output before it holds the store").isNotNull();
        }
    }

    int run(String... args) {
        SpringApplication app = new SpringApplication(CanonGraphApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("cli");
        return SpringApplication.exit(app.run(args));
    }

    String url() {
        return "--canon.admin.url=http://localhost:" + service.getAddress().getPort() + "/";
    }

    @Test
    void loadHandsTheReloadToTheServiceHoldingTheStore(CapturedOutput output) throws IOException {
        holdTheStore();
        Path sources = ReleaseFixtures.folder("r2").toAbsolutePath();
        int exit = run("load", "--canon.store.dir=" + storeDir, "--canon.sources.dir=" + sources, url(),
                "--canon.admin.password=s3cret");
        assertThat(exit).isZero();
        assertThat(requests).containsExactly("POST /api/admin/reload?sources=" + sources + " admin:s3cret");
        assertThat(output.getOut()).contains("is held by the running service: handing the work to it at http://localhost:")
                .contains("OK: the service recorded release 2 (2900 triples; concepts added 1, removed 0, retired 1, "
                        + "changed 4) in 1234 ms");
    }

    @Test
    void importHandsTheFoldersOver(CapturedOutput output) throws IOException {
        holdTheStore();
        int exit = run("import", "src/test/resources/external", "--canon.store.dir=" + storeDir, url(),
                "--canon.admin.password=s3cret");
        assertThat(exit).isZero();
        assertThat(requests).containsExactly("POST /api/admin/import?folder="
                + Path.of("src/test/resources/external").toAbsolutePath() + " admin:s3cret");
    }

    @Test
    void theServicesReportOfInvalidSourcesIsPrinted(CapturedOutput output) throws IOException {
        holdTheStore();
        status = 422;
        answer = "{\"detail\":\"The taxonomy breaks 1 shape constraint(s); nothing was changed\","
                + "\"problems\":[\"Violation on https://w3id.org/canon/id/profile/X: replaced by Y\"]}";
        int exit = run("load", "--canon.store.dir=" + storeDir, url(), "--canon.admin.password=s3cret");
        assertThat(exit).isEqualTo(1);
        assertThat(requests).containsExactly("POST /api/admin/reload admin:s3cret");
        assertThat(output.getErr()).contains("FAILED: the service answered 422: The taxonomy breaks 1 shape constraint(s)")
                .contains("  Violation on https://w3id.org/canon/id/profile/X: replaced by Y");
    }

    @Test
    void withoutAServiceUrlTheCommandDoesNotHandOver(CapturedOutput output) throws IOException {
        holdTheStore();
        assertThat(run("load", "--canon.store.dir=" + storeDir)).isEqualTo(2);
        assertThat(requests).isEmpty();
        assertThat(output.getErr()).contains("FAILED: ");
    }

    @Test
    void aStoreNobodyHoldsIsLoadedByTheCommandItself(CapturedOutput output) {
        int exit = run("load", "--canon.store.dir=" + storeDir, "--canon.sources.dir=" + ReleaseFixtures.folder("r1"),
                url());
        assertThat(exit).isZero();
        assertThat(requests).isEmpty();
        assertThat(output.getOut()).contains("OK: loaded ").contains("release 1 (concepts added 0");
    }
}
