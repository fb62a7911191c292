package org.canon.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.canon.graph.CanonGraphApplication;
import org.canon.graph.TestStores;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A store folder that cannot be used (a file in the way, not writable, a disk too full) stops start-up with one
 * message naming the folder and the cause: from {@link Tdb2Store#open}, from the service (Spring Boot's failure
 * report, no stack trace) and from the command line (one FAILED line, exit code 2).
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreStartupTest {
    static final String SET_DIR = "(set canon.store.dir to a folder this process can create and write)";
    Path aFile;
    Path underAFile;

    @BeforeEach
    void fileInTheWay() throws IOException {
        aFile = Files.createFile(TestStores.newFolder("startup").resolve("a-file")).toAbsolutePath();
        underAFile = aFile.resolve("store");
    }

    String cannotBeCreated() {
        return "The store folder " + underAFile + " cannot be created: " + aFile + " is a file, not a folder " + SET_DIR;
    }

    @Test
    void aFolderUnderAFileCannotBeCreated() {
        assertThatThrownBy(() -> Tdb2Store.open(underAFile)).isInstanceOf(StoreException.class)
                .hasMessage(cannotBeCreated());
    }

    @Test
    void aFileIsNotAStoreFolder() {
        assertThatThrownBy(() -> Tdb2Store.open(aFile)).isInstanceOf(StoreException.class)
                .hasMessage("The store folder " + aFile + " is a file, not a folder " + SET_DIR);
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefused() {
        // The tests run as root, for whom permission bits do not matter; /proc refuses new files to anyone.
        Path proc = Path.of("/proc/self");
        assumeTrue(Files.isDirectory(proc), "needs Linux /proc");
        assertThatThrownBy(() -> Tdb2Store.open(proc)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The store folder /proc/self cannot be written: ")
                .hasMessageEndingWith(SET_DIR);
    }

    @Test
    void tooLittleFreeSpaceIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path dir = TestStores.newFolder("startup-full");
        long free = Files.getFileStore(dir).getUsableSpace();
        assertThatThrownBy(() -> Tdb2Store.open(dir, free + (1L << 30))).isInstanceOf(StoreException.class)
                .hasMessageMatching("The disk holding the store folder " + Pattern.quote(dir.toAbsolutePath().toString())
                        + " has only .* free; at least .* are needed \\(.*canon\\.store\\.min-free-space\\)");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aUsableFolderOpens() {
        Tdb2Store store = Tdb2Store.open(TestStores.newFolder("startup-ok"));
        try {
            assertThat(store.graphNames()).isEmpty();
        } finally {
            TDBInternal.expel(store.datasetGraph());
        }
    }

    @Test
    void theServiceReportsTheFolderAndTheCauseWithoutAStackTrace(CapturedOutput output) {
        assertThatThrownBy(() -> run(WebApplicationType.SERVLET, "--canon.store.dir=" + underAFile))
                .hasStackTraceContaining("is a file, not a folder");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "Description:", cannotBeCreated(), "Action:")
                .doesNotContain("\tat ");
    }

    @Test
    void theServiceRefusesADiskWithTooLittleFreeSpace(CapturedOutput output) throws IOException {
        Path dir = TestStores.newFolder("startup-full");
        long freeMb = Files.getFileStore(dir).getUsableSpace() / (1024 * 1024);
        assertThatThrownBy(() -> run(WebApplicationType.SERVLET, "--canon.store.dir=" + dir,
                "--canon.store.min-free-space=" + (freeMb + 1024) + "MB"))
                .hasStackTraceContaining("has only");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
                        "The disk holding the store folder " + dir.toAbsolutePath() + " has only ")
                .doesNotContain("\tat ");
    }

    @Test
    void theCommandLinePrintsOneFailedLine(CapturedOutput output) {
        ConfigurableApplicationContext context = run(WebApplicationType.NONE, "load", "--canon.store.dir=" + underAFile);
        assertThat(SpringApplication.exit(context)).isEqualTo(2);
        assertThat(output.getErr().strip()).isEqualTo("FAILED: " + cannotBeCreated());
    }

    @Test
    void aStoreLoadedBeforeTheStructuralDistancesExistedGetsThemAtStart(CapturedOutput output) {
        Path dir = TestStores.newFolder("startup-old-derived");
        Graph derivedBefore;
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            new CanonLoader().load(SourceLayout.folder(Path.of(".")), store);
            derivedBefore = store.read(Canon.GRAPH_DERIVED);
            // as an older version left it: the peer counts only
            Graph peerCountsOnly = GraphFactory.createDefaultGraph();
            derivedBefore.find(Node.ANY, Canon.peerCount.asNode(), Node.ANY).forEach(peerCountsOnly::add);
            store.replaceGraphs(java.util.Map.of(Canon.GRAPH_DERIVED, peerCountsOnly), java.util.Set.of());
            TDBInternal.expel(store.datasetGraph());
        }
        try (ConfigurableApplicationContext context = run(WebApplicationType.SERVLET, "--canon.store.dir=" + dir)) {
            CanonStore store = context.getBean(CanonStore.class);
            assertThat(store.read(Canon.GRAPH_DERIVED).isIsomorphicWith(derivedBefore)).isTrue();
            assertThat(context.getBean(QueryRunner.class).rows("adjacency", java.util.Map.of()))
                    .extracting(r -> r.get("profileCode")).startsWith("HEALTH.HEALTHIN8668.M2");
        }
        assertThat(output.getAll()).contains("Derived the structural distances into " + Canon.GRAPH_DERIVED);
    }

    /** Starts the application as its main method does: a command runs without a web server, with profile cli. */
    private static ConfigurableApplicationContext run(WebApplicationType type, String... args) {
        SpringApplication app = new SpringApplication(CanonGraphApplication.class);
        app.setWebApplicationType(type);
        if (type == WebApplicationType.NONE) {
            app.setAdditionalProfiles("cli");
        }
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--canon.fuseki.port=0";
        return app.run(all);
    }
}
