package org.canon.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.canon.graph.TestStores;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceFile;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.query.QueryTimeoutException;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A named query that runs away is stopped by the timeout with a clear error, through the same runner the API uses. */
class RunawayQueryTest {
    static CanonStore store;

    @BeforeAll
    static void load() {
        store = TestStores.open("runaway");
        new CanonLoader().load(SourceLayout.folder(Path.of(".")), store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void crossProductIsStoppedByTheTimeout() {
        SourceFile file = new SourceFile("sparql/cross-product.rq", () -> new ByteArrayInputStream("""
                #+ summary: every triple with every triple with every triple
                #+ columns:
                #+   - name: n
                #+     description: how many
                #+ example: none
                SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }
                """.getBytes(StandardCharsets.UTF_8)));
        List<SourceFile> files = new ArrayList<>(SourceLayout.folder(Path.of(".")).queryFiles());
        files.add(file);
        QueryRunner.Limits limits = new QueryRunner.Limits(Duration.ofMillis(500), 10_000);
        QueryRunner runner = new QueryRunner(store, new QueryCatalog(files), limits);
        assertThatThrownBy(() -> runner.rows("cross-product", Map.of()))
                .isInstanceOf(QueryTimeoutException.class)
                .hasMessageContaining("cross-product").hasMessageContaining("500 ms");
        // the store keeps answering
        QueryRunner normal = new QueryRunner(store, new QueryCatalog(files), QueryRunner.Limits.DEFAULTS);
        assertThat(normal.rows("adjacency", Map.of("limit", "3"))).hasSize(3);
    }
}
