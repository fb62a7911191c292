package org.canon.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.TestSources;
import org.canon.graph.TestStores;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.StoreDigest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/cases.yaml}): each case is a broken source file
 * loaded into the running service's store, a broken official-format file imported into it, a bad HTTP request to
 * the API or the SPARQL endpoint, or a command run in another JVM, with the error it must produce. Every case must
 * leave every graph of the store exactly as it was (same digest), and neither the answer nor the service's log
 * while the case ran may carry a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadInputCorpusTest extends ServiceTestBase {
    static final Path CORPUS = Path.of("src/test/resources/bad-input/cases.yaml");
    @Autowired CanonStore store;
    @Autowired CanonProperties settings;

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
    Stream<DynamicTest> everyCaseFailsClearlyAndChangesNothing(CapturedOutput log) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : cases()) {
            tests.add(DynamicTest.dynamicTest(String.valueOf(c.get("id")), () -> {
                Map<String, String> before = StoreDigest.of(store);
                int logStart = log.getAll().length();
                switch (String.valueOf(c.get("kind"))) {
                    case "source" -> source(c);
                    case "http" -> http(c);
                    case "import" -> importFiles(c);
                    case "command" -> command(c);
                    default -> throw new IllegalArgumentException("unknown kind in " + c);
                }
                assertThat(StoreDigest.of(store)).as("store unchanged by " + c.get("id")).isEqualTo(before);
                assertNoStackTrace(log.getAll().substring(logStart), "the log while " + c.get("id") + " ran");
            }));
        }
        return tests.stream();
    }

    /** No Java stack trace, nor an exception's class name as Java prints it, in {@code text}. */
    static void assertNoStackTrace(String text, String what) {
        assertThat(text).as("no stack trace in " + what)
                .doesNotContain("\tat ").doesNotContain("at org.").doesNotContain("at java.").doesNotContainPattern("\\w+Exception:");
    }

    /**
     * Runs a command in a child JVM ({@code args}; {@code {store}} stands for the running service's store folder,
     * which the service holds) and expects exit code {@code exit} and output containing each of
     * {@code output-contains}. Cases marked embeddedOnly concern the embedded store and are skipped over a remote one.
     */
    void command(Map<String, Object> c) throws IOException, InterruptedException {
        if (TestStores.remote() && Boolean.TRUE.equals(c.get("embeddedOnly"))) {
            return;
        }
        String storeDir = settings.getStore().getDir().toAbsolutePath().toString();
        String[] args = ((List<?>) c.get("args")).stream().map(a -> String.valueOf(a).replace("{store}", storeDir))
                .toArray(String[]::new);
        ChildJvm.Result r = ChildJvm.run(args);
        assertThat(r.exitCode()).as(c.get("id") + ": " + r.output()).isEqualTo(((Number) c.get("exit")).intValue());
        for (Object part : (List<?>) c.getOrDefault("output-contains", List.of())) {
            assertThat(r.output()).as(String.valueOf(c.get("id"))).contains(String.valueOf(part).replace("{store}", storeDir));
        }
        assertNoStackTrace(r.output(), "the output of " + c.get("id"));
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
        String path = String.valueOf(c.get("path")) + repeat(c.get("pad"));
        String url = target.equals("fuseki") ? fuseki(path) : api(path);
        String method = String.valueOf(c.getOrDefault("method", "GET"));
        Object body = c.get("body");
        if (body != null) {
            body = repeat(body);
        }
        String accept = String.valueOf(c.getOrDefault("accept", "*/*"));
        Answer r;
        if (!isUri(url)) {
            r = rawGet(url, accept); // java.net.URI refuses what the case is about: malformed percent-encoding
        } else {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(String.valueOf(body)));
            if (c.containsKey("contentType")) {
                b.header("Content-Type", String.valueOf(c.get("contentType")));
            }
            b.header("Accept", accept);
            ((Map<?, ?>) c.getOrDefault("headers", Map.of())).forEach((k, v) -> b.header(String.valueOf(k), repeat(v)));
            HttpResponse<String> sent = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            r = new Answer(sent.statusCode(), sent.headers().firstValue("Content-Type").orElse(""), sent.body());
        }
        assertThat(r.status()).as(c.get("id") + ": " + r.body()).isEqualTo(((Number) c.get("status")).intValue());
        if (c.containsKey("body-contains")) {
            for (Object part : (List<?>) c.get("body-contains")) {
                assertThat(r.body()).as(String.valueOf(c.get("id"))).contains(String.valueOf(part));
            }
        }
        if (target.equals("api") && r.status() >= 400 && r.status() != 405 && r.status() != 406) {
            assertThat(r.contentType()).as(c.get("id") + " content type").contains("application/problem+json");
        }
        assertNoStackTrace(r.body(), "the answer to " + c.get("id"));
    }

    /** An HTTP answer: status, Content-Type and body. */
    record Answer(int status, String contentType, String body) {}

    static boolean isUri(String url) {
        try {
            new URI(url);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A GET sent as raw HTTP/1.1 over a socket, for a URL that java.net.URI (and so its HttpClient) refuses. */
    static Answer rawGet(String url, String accept) throws IOException {
        int pathStart = url.indexOf('/', "http://".length());
        String authority = url.substring("http://".length(), pathStart);
        try (Socket socket = new Socket(authority.split(":")[0], Integer.parseInt(authority.split(":")[1]))) {
            socket.getOutputStream().write(("GET " + url.substring(pathStart) + " HTTP/1.1\r\nHost: " + authority
                    + "\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String head = raw.substring(0, raw.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
            String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
            String contentType = head.lines().filter(l -> l.startsWith("content-type:")).map(l -> l.substring(13).strip())
                    .findFirst().orElse("");
            return new Answer(Integer.parseInt(head.split(" ", 3)[1]), contentType,
                    head.contains("transfer-encoding: chunked") ? dechunk(body) : body);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        for (int size; (size = Integer.parseInt(chunked.substring(at, chunked.indexOf("\r\n", at)).strip(), 16)) > 0; ) {
            int start = chunked.indexOf("\r\n", at) + 2;
            body.append(chunked, start, start + size);
            at = start + size + 2;
        }
        return body.toString();
    }

    /** {@code "REPEAT n text"} as text n times; any other value as it is; null as nothing. */
    static String repeat(Object value) {
        String s = value == null ? "" : String.valueOf(value);
        if (!s.startsWith("REPEAT ")) {
            return s;
        }
        String[] parts = s.split(" ", 3);
        return parts[2].repeat(Integer.parseInt(parts[1]));
    }
}
