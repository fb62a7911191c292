package org.canon.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.TestSources;
import org.canon.graph.TestStores;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.StoreDigest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/cases.yaml}): each case is a broken source file
 * loaded into the running service's store, a broken official-format file imported into it, or a bad HTTP request to the API or the SPARQL endpoint, with the
 * error it must produce. Every case must leave every graph of the store exactly as it was (same digest), and
 * no HTTP answer may carry a stack trace.
 */
class BadInputCorpusTest extends ServiceTestBase {
    static final Path CORPUS = Path.of("src/test/resources/bad-input/cases.yaml");
    @Autowired CanonStore store;

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cases() throws IOException {
        try (Reader r = Files.newBufferedReader(CORPUS)) {
            return (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        }
    }

    @Test
    void corpusHasAtLeastFortyCasesWithUniqueIds() throws IOException {
        List<Map<String, Object>> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases.stream().map(c -> c.get("id")).distinct().count()).isEqualTo(cases.size());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFailsClearlyAndChangesNothing() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : cases()) {
            tests.add(DynamicTest.dynamicTest(String.valueOf(c.get("id")), () -> {
                Map<String, String> before = StoreDigest.of(store);
                switch (String.valueOf(c.get("kind"))) {
                    case "source" -> source(c);
                    case "http" -> http(c);
                    case "import" -> importFiles(c);
                    default -> throw new IllegalArgumentException("unknown kind in " + c);
                }
                assertThat(StoreDigest.of(store)).as("store unchanged by " + c.get("id")).isEqualTo(before);
            }));
        }
        return tests.stream();
    }

    /** Copies the sources, applies the case's edit, loads, and expects a SourceException matching {@code error}. */
    @SuppressWarnings("unchecked")
    void source(Map<String, Object> c) throws IOException {
        Path root = TestSources.copy("bad");
        for (Map<String, Object> edit : (List<Map<String, Object>>) c.getOrDefault("edits", List.of(c))) {
            Path file = root.resolve(String.valueOf(edit.get("file")));
            if (edit.containsKey("content")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, String.valueOf(edit.get("content")));
            } else if (edit.containsKey("delete")) {
                Files.delete(file);
            } else {
                TestSources.edit(file, String.valueOf(edit.get("replace")), String.valueOf(edit.get("with")));
            }
        }
        String error = String.valueOf(c.get("error"));
        assertThatThrownBy(() -> new CanonLoader().load(SourceLayout.folder(root), store))
                .isInstanceOf(SourceException.class)
                .hasMessageMatching("(?s).*" + error + ".*");
    }

    /**
     * Copies the official-format fixtures (src/test/resources/external), applies the case's edit, imports them
     * into the service's store, and expects a SourceException matching {@code error}.
     */
    @SuppressWarnings("unchecked")
    void importFiles(Map<String, Object> c) throws IOException {
        Path root = TestStores.newFolder("bad-import");
        Path fixtures = Path.of("src/test/resources/external");
        try (Stream<Path> files = Files.walk(fixtures)) {
            for (Path p : files.toList()) {
                Path to = root.resolve(fixtures.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        for (Map<String, Object> edit : (List<Map<String, Object>>) c.getOrDefault("edits", List.of(c))) {
            TestSources.edit(root.resolve(String.valueOf(edit.get("file"))), String.valueOf(edit.get("replace")),
                    String.valueOf(edit.get("with")));
        }
        assertThatThrownBy(() -> new ExternalImporter().importInto(List.of(root), store))
                .isInstanceOf(SourceException.class)
                .hasMessageMatching("(?s).*" + c.get("error") + ".*");
    }

    /** Sends the request and checks status, content type and body. */
    void http(Map<String, Object> c) throws IOException, InterruptedException {
        String target = String.valueOf(c.getOrDefault("target", "api"));
        if (target.equals("fuseki") && TestStores.remote() && Boolean.TRUE.equals(c.get("embeddedOnly"))) {
            return;
        }
        String path = String.valueOf(c.get("path"));
        String url = target.equals("fuseki") ? fuseki(path) : api(path);
        String method = String.valueOf(c.getOrDefault("method", "GET"));
        Object body = c.get("body");
        if (body != null && String.valueOf(body).startsWith("REPEAT ")) {
            String[] parts = String.valueOf(body).split(" ", 3);
            body = parts[2].repeat(Integer.parseInt(parts[1]));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(String.valueOf(body)));
        if (c.containsKey("contentType")) {
            b.header("Content-Type", String.valueOf(c.get("contentType")));
        }
        b.header("Accept", String.valueOf(c.getOrDefault("accept", "*/*")));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(c.get("id") + ": " + r.body()).isEqualTo(((Number) c.get("status")).intValue());
        if (c.containsKey("body-contains")) {
            for (Object part : (List<?>) c.get("body-contains")) {
                assertThat(r.body()).as(String.valueOf(c.get("id"))).contains(String.valueOf(part));
            }
        }
        if (target.equals("api") && r.statusCode() >= 400 && r.statusCode() != 405 && r.statusCode() != 406) {
            assertThat(r.headers().firstValue("Content-Type")).as(c.get("id") + " content type")
                    .hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        }
        assertThat(r.body()).as("no stack trace in " + c.get("id"))
                .doesNotContain("\tat ").doesNotContain("at org.").doesNotContain("at java.").doesNotContainPattern("\\w+Exception:");
    }
}
