package org.canon.graph.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.canon.graph.ServiceTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as shipped: writes are off (no {@code canon.admin.password}), so reloads and imports are refused with
 * 403 whatever the credentials; the first load of the shipped sources is release 1, with no change log.
 */
class AdminWritesOffTest extends ServiceTestBase {
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void reloadAndImportAreRefusedWhenWritesAreOff() throws Exception {
        for (String path : new String[] {"/api/admin/reload", "/api/admin/import?folder=/tmp"}) {
            HttpResponse<String> r = post(api(path), "application/x-www-form-urlencoded", "", "admin:admin", "application/json");
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(json.readTree(r.body()).path("detail").asString()).contains("canon.admin.password");
        }
    }

    @Test
    void theShippedSourcesAreReleaseOne() throws Exception {
        JsonNode releases = json.readTree(get(api("/api/releases"), "application/json").body());
        assertThat(releases).hasSize(1);
        JsonNode first = releases.get(0);
        assertThat(first.path("version").asLong()).isEqualTo(1);
        assertThat(first.path("kind").asString()).isEqualTo("load");
        assertThat(first.path("previous").isNull()).isTrue();
        assertThat(first.path("sources").toString()).contains("data/taxonomy/health.ttl", "ontology/canon-shapes.ttl");
        JsonNode log = json.readTree(get(api("/api/releases/0/changes/1"), "application/json").body());
        assertThat(log.path("changes")).isEmpty();
    }
}
