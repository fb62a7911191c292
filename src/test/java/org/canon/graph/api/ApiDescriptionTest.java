package org.canon.graph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description the running service serves at {@code /v3/api-docs}: written to
 * {@code target/openapi.json}, typed (answers with schemas, parameters with the ranges the named queries enforce,
 * every error answer as problem+json), titled, and clean under Redocly's recommended rules when {@code npx} is on
 * the PATH.
 */
class ApiDescriptionTest extends ServiceTestBase {
    /** Redocly CLI, pinned: later releases need Node.js 22.12+, and the machines have Node.js 20. */
    static final String REDOCLY = "@redocly/cli@2.77.0";
    static final Path DESCRIPTION = Path.of("target", "openapi.json");
    @Autowired QueryCatalog catalog;
    JsonNode api;

    @BeforeEach
    void fetch() throws Exception {
        HttpResponse<String> r = get(api("/v3/api-docs"), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        Files.createDirectories(DESCRIPTION.getParent());
        Files.writeString(DESCRIPTION, r.body());
        api = JsonMapper.builder().build().readTree(r.body());
    }

    @Test
    void titleVersionAndLicenceComeFromTheBuild() throws IOException {
        JsonNode info = api.get("info");
        assertThat(info.get("title").asString()).isEqualTo("Canon Graph API");
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<version>" + info.get("version").asString() + "</version>",
                "<name>" + info.get("license").get("name").asString() + "</name>",
                "<url>" + info.get("license").get("url").asString() + "</url>");
        assertThat(api.get("servers")).isNotEmpty();
    }

    @Test
    void answersHaveSchemas() {
        assertThat(ok("/api/profiles/{code}").get("$ref").asString()).endsWith("/ProfileCard");
        assertThat(ok("/api/profiles/{code}/adjacent").get("items").get("$ref").asString()).endsWith("/AdjacentRole");
        assertThat(ok("/api/search").get("items").get("$ref").asString()).endsWith("/SearchHit");
        assertThat(ok("/api/checks").get("items").get("$ref").asString()).endsWith("/Result");
        assertThat(ok("/api/queries").get("items").get("$ref").asString()).endsWith("/QueryDescription");
        JsonNode card = schema("ProfileCard").get("properties");
        assertThat(names(card)).contains("code", "title", "record", "responsibilitiesByLevel", "levelGuidelines",
                "skills", "marketPay", "provenance", "adjacentRoles", "mappings");
        assertThat(names(schema("Provenance").get("properties"))).contains("passed", "passThreshold", "minimum");
        assertThat(schema("AdjacentRole").get("properties").get("distance").get("type").asString()).isEqualTo("number");
    }

    @Test
    void parametersAreTypedWithTheRangesTheQueriesEnforce() {
        checkRange("/api/profiles/{code}/adjacent", "limit", "integer", "adjacency");
        checkRange("/api/profiles/{code}/adjacent", "maxDistance", "number", "adjacency");
        checkRange("/api/profiles/{code}/career-paths", "otherFunctions", "integer", "career-paths");
    }

    @Test
    void theAdjacencyModeIsAnEnumOfTheQuerysValues() {
        JsonNode mode = null;
        for (JsonNode p : api.get("paths").get("/api/profiles/{code}/adjacent").get("get").get("parameters")) {
            if (p.get("name").asString().equals("mode")) {
                mode = p.get("schema");
            }
        }
        assertThat(mode).as("mode").isNotNull();
        QueryParam declared = catalog.get("adjacency").params().stream().filter(p -> p.name().equals("mode")).findFirst()
                .orElseThrow();
        assertThat(mode.get("enum").valueStream().map(JsonNode::asString).toList())
                .containsExactly(declared.pattern().split("\\|"))
                .containsExactly(java.util.Arrays.stream(org.canon.graph.profile.AdjacencyMode.values()).map(Enum::name)
                        .toArray(String[]::new));
        assertThat(mode.get("default").asString()).isEqualTo(declared.defaultValue());
    }

    @Test
    void everyOperationDescribesItsErrorsAsProblemDetails() {
        List<String> seen = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode responses = op.getValue().get("responses");
            List<String> codes = new ArrayList<>(names(responses));
            assertThat(codes).as(path.getKey()).contains("200", "406", "500");
            if (path.getKey().contains("{")) {
                assertThat(codes).as(path.getKey()).contains("404");
            }
            if (op.getValue().has("parameters") && op.getValue().get("parameters").valueStream()
                    .anyMatch(p -> p.get("in").asString().equals("query"))) {
                assertThat(codes).as(path.getKey()).contains("400");
            }
            codes.stream().filter(c -> c.startsWith("4") || c.startsWith("5")).forEach(c ->
                    assertThat(responses.get(c).get("content").get("application/problem+json").get("schema").get("$ref")
                            .asString()).as(path.getKey() + " " + c).endsWith("/Problem"));
            seen.add(path.getKey());
        }));
        assertThat(seen).contains("/api/profiles/{code}", "/api/queries/{name}", "/api/checks", "/api/search");
    }

    @Test
    void redoclyLintsTheDescriptionCleanWithTheRecommendedRules() throws Exception {
        Path npx = onPath("npx");
        assumeTrue(npx != null, "npx is not on the PATH: the Redocly lint of target/openapi.json is skipped");
        Path log = Path.of("target", "openapi-lint.txt");
        Process p = new ProcessBuilder(npx.toString(), "--yes", REDOCLY, "lint", "--extends=recommended",
                DESCRIPTION.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("redocly finished within 5 minutes").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("Woohoo! Your API description is valid");
    }

    /** The parameter's schema has the type, minimum, maximum and default of the named query's header. */
    private void checkRange(String path, String name, String type, String query) {
        JsonNode param = null;
        for (JsonNode p : api.get("paths").get(path).get("get").get("parameters")) {
            if (p.get("name").asString().equals(name)) {
                param = p.get("schema");
            }
        }
        assertThat(param).as(path + " " + name).isNotNull();
        QueryParam declared = catalog.get(query).params().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(param.get("type").asString()).as(name).isEqualTo(type);
        assertThat(new BigDecimal(param.get("minimum").asString())).as(name + " minimum").isEqualByComparingTo(declared.min());
        assertThat(new BigDecimal(param.get("maximum").asString())).as(name + " maximum").isEqualByComparingTo(declared.max());
        assertThat(new BigDecimal(param.get("default").asString())).as(name + " default")
                .isEqualByComparingTo(new BigDecimal(declared.defaultValue()));
    }

    private JsonNode ok(String path) {
        JsonNode content = api.get("paths").get(path).get("get").get("responses").get("200").get("content");
        return content.properties().iterator().next().getValue().get("schema");
    }

    private JsonNode schema(String name) {
        return api.get("components").get("schemas").get(name);
    }

    private static List<String> names(JsonNode object) {
        return object.propertyNames().stream().toList();
    }

    private static Path onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
