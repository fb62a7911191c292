package org.canon.graph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.canon.graph.AdminServiceTestBase;
import org.junit.jupiter.api.Test;

/**
 * The health endpoint tells anonymous callers the status alone (no disk, no store folder); the admin credentials
 * show the details.
 */
class AdminPrincipalTest extends AdminServiceTestBase {

    HttpResponse<String> health(String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + apiPort + "/actuator/health"));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousCallersAndWrongCredentialsSeeTheStatusOnly() throws Exception {
        for (String authorization : new String[] {null, basic(USER, "wrong"), basic("admin", PASSWORD), "Basic !!"}) {
            HttpResponse<String> r = health(authorization);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).as(String.valueOf(authorization)).contains("\"status\":\"UP\"")
                    .doesNotContain("components", "diskSpace", "path", "TDB2", "store");
        }
    }

    @Test
    void theAdminSeesTheDetails() throws Exception {
        HttpResponse<String> r = health(basic(USER, PASSWORD));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"components\"", "\"diskSpace\"", "\"store\"", "TDB2 ", "taxonomyTriples");
    }
}
