package org.canon.graph.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.canon.graph.RemoteFuseki;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.TestStores;
import org.canon.graph.release.ReleaseFixtures;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.RemoteStore;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reload and import while serving, through the API: the service starts on release 1 of the hand-made taxonomy
 * ({@link ReleaseFixtures}), with admin credentials set. In turn: no credentials, release 2 swapped in, its change
 * log in JSON and CSV, an invalid release refused with its report, an import of the external fixtures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminApiTest extends ServiceTestBase {
    static final String ADMIN = "admin:s3cret";
    static final String M2 = "LOGISTICS.LOGISTICSWO1024.M2";
    final JsonMapper json = JsonMapper.builder().build();

    @Autowired CanonStore store;

    @DynamicPropertySource
    static void admin(DynamicPropertyRegistry r) {
        r.add("canon.admin.password", () -> "s3cret");
        r.add("canon.sources.dir", () -> ReleaseFixtures.folder("r1").toString());
        if (TestStores.remote()) {
            // a dataset of its own: the other service tests share the server's /canon
            r.add("canon.test.remote-dataset", AdminApiTest::dataset);
        }
    }

    private static String dataset;

    /** The dataset of this class, emptied once (the property is read more than once). */
    static synchronized String dataset() {
        if (dataset == null) {
            dataset = emptyDataset();
        }
        return dataset;
    }

    /** A dataset of the test server's pool, emptied. */
    static String emptyDataset() {
        String url = RemoteFuseki.get().nextDatasetUrl();
        RemoteStore s = new RemoteStore(url, "sparql", "update", null, null);
        s.replaceGraphs(Map.of(), Set.copyOf(s.graphNames()));
        return url;
    }

    @Test
    @Order(1)
    void reloadNeedsTheAdminCredentials() throws Exception {
        if (TestStores.remote()) {
            assertThat(store.describe()).as("a dataset of its own").doesNotEndWith("/canon");
        }
        HttpResponse<String> none = admin("/api/admin/reload", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Canon Graph\"");
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(admin("/api/admin/reload", "admin:wrong").statusCode()).isEqualTo(401);
        assertThat(admin("/api/admin/import?folder=/tmp", null).statusCode()).isEqualTo(401);
        assertThat(releases()).hasSize(1);
    }

    @Test
    @Order(2)
    void reloadSwapsInTheNewRelease() throws Exception {
        assertThat(title(M2)).isEqualTo("Warehouse Operations — M2");
        HttpResponse<String> r = admin("/api/admin/reload?sources=" + encode(ReleaseFixtures.folder("r2")), ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).hasValue("/api/releases/2");
        JsonNode body = json.readTree(r.body());
        assertThat(body.path("release").asLong()).isEqualTo(2);
        assertThat(body.path("previous").asLong()).isEqualTo(1);
        assertThat(body.path("kind").asString()).isEqualTo("load");
        assertThat(body.path("changes").toString()).isEqualTo("{\"added\":1,\"removed\":0,\"retired\":1,\"changed\":4}");
        assertThat(title(M2)).isEqualTo("Warehouse Operations Manager — M2");

        JsonNode list = releases();
        assertThat(list).hasSize(2);
        JsonNode second = list.get(1);
        assertThat(second.path("version").asLong()).isEqualTo(2);
        assertThat(second.path("previous").asLong()).isEqualTo(1);
        assertThat(second.path("sources").toString()).contains("data/taxonomy/logistics.ttl", "mappings/logistics-onet.sssom.tsv");
        assertThat(second.path("sources").get(0).path("sha256").asString()).matches("[0-9a-f]{64}");
        assertThat(second.path("graphs").toString()).contains("https://w3id.org/canon/graph/taxonomy");
        assertThat(json.readTree(get(api("/api/releases/2"), "application/json").body()).path("iri").asString())
                .isEqualTo("https://w3id.org/canon/id/release/2");
    }

    @Test
    @Order(3)
    void theChangeLogAnswersJsonAndCsv() throws Exception {
        HttpResponse<String> r = get(api("/api/releases/1/changes/2"), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode log = json.readTree(r.body());
        assertThat(log.path("truncated").asBoolean()).isFalse();
        JsonNode changes = log.path("changes");
        assertThat(changes).hasSize(6);
        JsonNode p1 = changes.get(2);
        assertThat(p1.path("code").asString()).isEqualTo("LOGISTICS.LOGISTICSWO1024.P1");
        assertThat(p1.path("type").asString()).isEqualTo("retired");
        assertThat(p1.path("values").toString()).contains(
                "{\"property\":\"http://purl.org/dc/terms/isReplacedBy\",\"via\":null,\"oldValue\":null,"
                        + "\"newValue\":\"https://w3id.org/canon/id/profile/LOGISTICS.LOGISTICSWO1024.P2\"}");
        JsonNode m1 = changes.get(0);
        assertThat(m1.path("values").get(0).path("oldValue").asDouble()).isEqualTo(62000.0);
        assertThat(m1.path("values").get(0).path("newValue").asDouble()).isEqualTo(65000.0);

        HttpResponse<String> csv = get(api("/api/releases/1/changes/2"), "text/csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().toList()).hasSize(9)
                .first().isEqualTo("release,type,concept,code,label,property,via,oldValue,newValue");
        assertThat(csv.body()).contains("Warehouse Operations — M2,Warehouse Operations Manager — M2");
        assertThat(get(api("/api/releases/1/changes/2?format=csv"), "application/json").body()).isEqualTo(csv.body());

        assertThat(get(api("/api/releases/1/changes/9"), "application/json").statusCode()).isEqualTo(404);
        HttpResponse<String> backwards = get(api("/api/releases/2/changes/1"), "application/json");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(json.readTree(backwards.body()).path("parameter").asString()).isEqualTo("from");
        assertThat(json.readTree(get(api("/api/releases/1/changes/2?format=xml"), "*/*").body()).path("parameter")
                .asString()).isEqualTo("format");
    }

    @Test
    @Order(4)
    void invalidSourcesAreRefusedWithTheirReportAndChangeNothing() throws Exception {
        HttpResponse<String> r = admin("/api/admin/reload?sources=" + encode(ReleaseFixtures.folder("invalid")), ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(r.body());
        assertThat(problem.path("detail").asString()).contains("nothing was changed");
        assertThat(problem.path("problems").toString()).contains("profile/LOGISTICS.LOGISTICSWO1024.P1",
                "profile/LOGISTICS.LOGISTICSWO1024.P9");
        assertThat(releases()).hasSize(2);
        assertThat(title(M2)).isEqualTo("Warehouse Operations Manager — M2");

        HttpResponse<String> relative = admin("/api/admin/reload?sources=data", ADMIN);
        assertThat(relative.statusCode()).isEqualTo(400);
        assertThat(json.readTree(relative.body()).path("parameter").asString()).isEqualTo("sources");
    }

    @Test
    @Order(5)
    void anImportIsAReleaseToo() throws Exception {
        Path external = Path.of("src/test/resources/external").toAbsolutePath();
        HttpResponse<String> r = admin("/api/admin/import?folder=" + encode(external), ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = json.readTree(r.body());
        assertThat(body.path("release").asLong()).isEqualTo(3);
        assertThat(body.path("kind").asString()).isEqualTo("import");
        assertThat(body.path("graphs").toString()).contains("https://w3id.org/canon/graph/external/onet-soc-2019");

        JsonNode again = json.readTree(admin("/api/admin/import?folder=" + encode(external), ADMIN).body());
        assertThat(again.path("release").asLong()).isEqualTo(4);
        assertThat(again.path("changes").toString()).isEqualTo("{\"added\":0,\"removed\":0,\"retired\":0,\"changed\":0}");
        assertThat(releases().get(3).path("sources").toString()).contains("onet/Occupation Data.txt");

        HttpResponse<String> relative = admin("/api/admin/import?folder=external", ADMIN);
        assertThat(relative.statusCode()).isEqualTo(400);
        assertThat(json.readTree(relative.body()).path("parameter").asString()).isEqualTo("folder");
    }

    HttpResponse<String> admin(String path, String auth) throws Exception {
        return post(api(path), "application/x-www-form-urlencoded", "", auth, "application/json");
    }

    JsonNode releases() throws Exception {
        return json.readTree(get(api("/api/releases"), "application/json").body());
    }

    String title(String code) throws Exception {
        return json.readTree(get(api("/api/profiles/" + code), "application/json").body()).path("title").asString();
    }

    static String encode(Path p) {
        return URLEncoder.encode(p.toAbsolutePath().toString(), StandardCharsets.UTF_8);
    }
}
