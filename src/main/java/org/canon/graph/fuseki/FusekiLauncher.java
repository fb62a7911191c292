package org.canon.graph.fuseki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.config.CorsPolicy;
import org.canon.graph.store.CanonStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts Fuseki, with its web UI, on {@code canon.fuseki.port} over the store, dataset {@code /canon}:
 * {@code /canon/sparql}, {@code /canon/query} and the dataset URL {@code /canon} answer queries, {@code /canon/get}
 * reads graphs (its default graph is the union of the named graphs, as for queries). Update and Graph Store write
 * endpoints exist only when {@code canon.admin.password} is set, and then need it. In front of Fuseki: the CORS
 * policy of both ports ({@link CorsPolicy}), a check of percent-encoding, the size limits and the write guard.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "canon.fuseki.enabled", havingValue = "true", matchIfMissing = true)
public class FusekiLauncher implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(FusekiLauncher.class);
    private final CanonProperties settings;
    private final CanonStore store;
    private FusekiServer server;

    public FusekiLauncher(CanonProperties settings, CanonStore store) {
        this.settings = settings;
        this.store = store;
    }

    @Override
    public void start() {
        if (settings.getStore().getMode() == CanonProperties.Store.Mode.REMOTE) {
            log.info("Store is remote ({}): no embedded Fuseki; use the remote server's endpoints and UI",
                    store.describe());
            running = true;
            return;
        }
        CanonProperties.Admin admin = settings.getAdmin();
        String dataset = settings.getFuseki().getDataset();
        useTemporaryFusekiBase();
        server = FusekiServer.create()
                .port(settings.getFuseki().getPort())
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .registerOperation(Operation.GSP_R, new UnionDefaultGraph.Read())
                .registerOperation(Operation.GSP_RW, new UnionDefaultGraph.ReadWrite())
                .add("/" + dataset, store.datasetGraph(), admin.writesEnabled())
                .addFilter("/*", CorsPolicy.filter(settings.getCors()))
                .addFilter("/*", new MalformedRequests())
                .addFilter("/*", new QueryLimits(dataset, settings.getQuery().getMaxLength(),
                        settings.getQuery().getMaxResultSize().toBytes()))
                .addFilter("/*", new WriteGuard(dataset, admin))
                .enableStats(true)
                .enablePing(true)
                .build();
        server.start();
        running = true;
        log.info("Fuseki UI on http://localhost:{}/ ; SPARQL endpoint http://localhost:{}/{}/sparql ({})",
                server.getHttpPort(), server.getHttpPort(), dataset,
                admin.writesEnabled() ? "writes need the admin credentials" : "read-only");
    }

    /** The port Fuseki listens on (useful when {@code canon.fuseki.port} is 0). */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("The embedded Fuseki is not running (remote store or disabled)");
        }
        return server.getHttpPort();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
        running = false;
    }

    private volatile boolean running;

    @Override
    public boolean isRunning() {
        return running || server != null;
    }

    /** Start after the store has been loaded (the loader runs in phase 0). */
    @Override
    public int getPhase() {
        return 10;
    }

    /**
     * Fuseki's admin module keeps a work area (FUSEKI_BASE); the service needs nothing persistent there,
     * so it gets a fresh temporary folder unless FUSEKI_BASE is set.
     */
    private static void useTemporaryFusekiBase() {
        if (System.getenv("FUSEKI_BASE") != null || System.getProperty("FUSEKI_BASE") != null) {
            return;
        }
        try {
            Path base = Files.createTempDirectory("canon-fuseki");
            base.toFile().deleteOnExit();
            System.setProperty("FUSEKI_BASE", base.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a work folder for Fuseki: " + e.getMessage(), e);
        }
    }
}
