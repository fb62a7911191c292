package org.canon.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.canon.graph.fuseki.FusekiLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service with admin credentials set ({@code canon.admin.user=curator}), so writes and the health details
 * are open to that user; one application context shared by the tests that need it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AdminServiceTestBase {
    protected static final String USER = "curator";
    protected static final String PASSWORD = "s3cret-for-tests";
    protected final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    @Autowired protected FusekiLauncher fuseki;
    @LocalServerPort protected int apiPort;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry r) {
        r.add("canon.store.dir", () -> TestStores.newFolder("writes").toString());
        r.add("canon.fuseki.port", () -> "0");
        r.add("canon.admin.user", () -> USER);
        r.add("canon.admin.password", () -> PASSWORD);
    }

    /** An HTTP Basic Authorization header value. */
    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
