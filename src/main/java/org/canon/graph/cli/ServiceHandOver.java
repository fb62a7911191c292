package org.canon.graph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.store.StoreLock;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code load} and {@code import} while the service runs: when the running service holds the embedded store (TDB2
 * lets one process open it) and {@code canon.admin.url} names its REST API, the command asks the service to do the
 * work ({@code POST /api/admin/reload} or {@code /api/admin/import}, with the {@code canon.admin.*} credentials), so
 * that the new release is swapped in without stopping it. The service reads the files itself, from the same
 * machine: the command passes the absolute paths of {@code canon.sources.dir} and of the folders to import.
 */
@Component
@Profile("cli")
class ServiceHandOver {
    private final CanonProperties settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServiceHandOver(CanonProperties settings) {
        this.settings = settings;
    }

    /** Whether the work goes to the service: an embedded store held by another process, and a service URL set. */
    boolean applies() {
        String url = settings.getAdmin().getUrl();
        return url != null && !url.isBlank() && settings.getStore().getMode() == CanonProperties.Store.Mode.EMBEDDED
                && StoreLock.heldByAnotherProcess(settings.getStore().getDir());
    }

    /** Asks the service to reload its sources, or those of {@code canon.sources.dir}; returns the exit code. */
    int reload(PrintStream out, PrintStream err) {
        Path dir = settings.getSources().getDir();
        return send("/api/admin/reload", dir == null ? List.of() : List.of("sources=" + absolute(dir)), out, err);
    }

    /** Asks the service to import the folders; returns the exit code. */
    int importFolders(List<String> folders, PrintStream out, PrintStream err) {
        List<String> query = new ArrayList<>();
        folders.forEach(f -> query.add("folder=" + absolute(Path.of(f))));
        return send("/api/admin/import", query, out, err);
    }

    private int send(String path, List<String> query, PrintStream out, PrintStream err) {
        CanonProperties.Admin admin = settings.getAdmin();
        String base = admin.getUrl().replaceAll("/+$", "");
        URI uri = URI.create(base + path + (query.isEmpty() ? "" : "?" + String.join("&", query)));
        out.println("The store " + settings.getStore().getDir().toAbsolutePath() + " is held by the running service: "
                + "handing the work to it at " + base);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofHours(2))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody());
        if (admin.writesEnabled()) {
            String pair = admin.getUser() + ":" + admin.getPassword();
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            err.println("FAILED: the service at " + base + " does not answer (" + e + "); check canon.admin.url, or stop "
                    + "the service and run the command again");
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
        JsonNode body = body(response.body());
        if (response.statusCode() / 100 == 2) {
            out.println("OK: the service recorded release " + body.path("release").asString() + " ("
                    + body.path("triples").asString() + " triples; concepts added " + body.path("changes").path("added")
                    .asString() + ", removed " + body.path("changes").path("removed").asString() + ", retired "
                    + body.path("changes").path("retired").asString() + ", changed " + body.path("changes").path("changed")
                    .asString() + ") in " + body.path("millis").asString() + " ms");
            return 0;
        }
        err.println("FAILED: the service answered " + response.statusCode() + ": " + body.path("detail").asString(
                response.body()));
        body.path("problems").forEach(p -> err.println("  " + p.asString()));
        return response.statusCode() == 422 ? 1 : 2;
    }

    private static JsonNode body(String text) {
        try {
            return JsonMapper.builder().build().readTree(text == null || text.isBlank() ? "{}" : text);
        } catch (RuntimeException e) {
            return JsonMapper.builder().build().createObjectNode();
        }
    }

    private static String absolute(Path p) {
        return URLEncoder.encode(p.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
    }
}
