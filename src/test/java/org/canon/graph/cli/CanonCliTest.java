package org.canon.graph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.canon.graph.ChildJvm;
import org.canon.graph.ChildJvm.Result;
import org.canon.graph.TestStores;
import org.canon.graph.cli.CanonCli.Launch;
import org.canon.graph.store.Tdb2Store;
import org.junit.jupiter.api.Test;

/**
 * Command dispatch as a user meets it, in a child JVM started like {@code java -jar canon-graph.jar ARGS}: a
 * typo or {@code --help} prints the commands and exits 2 without starting anything, and a command over a store
 * that another process holds says so and what to do.
 */
class CanonCliTest {

    static Result run(String... args) throws Exception {
        return ChildJvm.run(args);
    }

    @Test
    void theArgumentsPickServiceCommandOrUsage() {
        assertThat(CanonCli.launch(new String[] {})).isEqualTo(Launch.SERVICE);
        assertThat(CanonCli.launch(new String[] {"--server.port=0", "--canon.store.dir=x"})).isEqualTo(Launch.SERVICE);
        assertThat(CanonCli.launch(new String[] {"validate", "--canon.sources.dir=."})).isEqualTo(Launch.COMMAND);
        assertThat(CanonCli.launch(new String[] {"--canon.sources.dir=.", "load"})).isEqualTo(Launch.COMMAND);
        assertThat(CanonCli.launch(new String[] {"help"})).isEqualTo(Launch.COMMAND);
        assertThat(CanonCli.launch(new String[] {"valdiate"})).isEqualTo(Launch.USAGE);
        assertThat(CanonCli.launch(new String[] {"--help"})).isEqualTo(Launch.USAGE);
        assertThat(CanonCli.launch(new String[] {"-h"})).isEqualTo(Launch.USAGE);
        assertThat(CanonCli.launch(new String[] {"validate", "--help"})).isEqualTo(Launch.USAGE);
    }

    @Test
    void usageNamesTheUnknownWordAndListsEveryCommand() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = CanonCli.usage(new String[] {"valdiate"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(text).contains("Unknown command 'valdiate'");
        CanonCli.COMMANDS.keySet().forEach(c -> assertThat(text).contains("  " + c + " "));

        bytes.reset();
        CanonCli.usage(new String[] {"-h"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("Unknown command").contains("validate");
    }

    @Test
    void aTypoOrHelpOptionStartsNothingAndExitsTwo() throws Exception {
        Path store = TestStores.newFolder("cli-usage").resolve("store");
        for (String[] args : List.of(new String[] {"valdiate"}, new String[] {"--help"}, new String[] {"-h"})) {
            String[] all = {args[0], "--canon.store.dir=" + store, "--server.port=0", "--canon.fuseki.port=0"};
            Result r = run(all);
            assertThat(r.exitCode()).as(args[0] + ": " + r.output()).isEqualTo(2);
            assertThat(r.output()).as(args[0]).contains("Commands:", "validate", "load", "import", "check")
                    .doesNotContain("Started", "Tomcat", "Fuseki");
            assertThat(Files.exists(store)).as("no store created by " + args[0]).isFalse();
        }
        assertThat(run("valdiate").output()).contains("Unknown command 'valdiate'");
    }

    @Test
    void aCommandOverAStoreHeldByAnotherProcessSaysWhatToDo() throws Exception {
        assumeFalse(TestStores.remote(), "the lock belongs to the embedded store");
        Path dir = TestStores.newFolder("cli-held");
        Tdb2Store held = Tdb2Store.open(dir);
        try {
            held.graphNames();
            for (String command : List.of("load", "import", "check")) {
                List<String> args = new ArrayList<>(List.of(command, "--canon.store.dir=" + dir));
                if (command.equals("import")) {
                    args.add(1, "src/test/resources/external");
                }
                Result r = run(args.toArray(String[]::new));
                assertThat(r.exitCode()).as(command + ": " + r.output()).isEqualTo(2);
                assertThat(r.output()).as(command)
                        .contains("FAILED: The store folder " + dir.toAbsolutePath() + " is in use by another process")
                        .contains("held by process " + ProcessHandle.current().pid())
                        .contains(CanonCli.whileInUse(command))
                        .doesNotContain("\tat ", "Exception");
            }
            assertThat(CanonCli.whileInUse("check")).contains("GET /api/checks");
            assertThat(CanonCli.whileInUse("load")).contains("stop the service");
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(held.datasetGraph());
        }
    }
}
