package org.canon.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.canon.graph.TestStores;
import org.canon.graph.progress.Progress;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.Test;

/** A load reports one step per source file, the validation and the store write, numbered to their total. */
class CanonLoaderProgressTest {

    @Test
    void loadReportsEachFileTheValidationAndTheWrite() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SourceLayout layout = SourceLayout.folder(Path.of("."));
        CanonLoader.LoadReport report;
        try (CanonStore store = TestStores.open("progress")) {
            report = new CanonLoader(Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8))).load(layout, store);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        int steps = layout.ontologyFiles().size() + layout.shapeFiles().size() + layout.taxonomyFiles().size()
                + 1 + layout.mappingFiles().size() + 1;
        assertThat(lines).hasSize(steps);
        for (int i = 0; i < steps; i++) {
            assertThat(lines.get(i)).startsWith("[" + (i + 1) + "/" + steps + "] ");
        }
        String health = layout.taxonomyFiles().stream().filter(f -> f.name().endsWith("health.ttl")).findFirst()
                .orElseThrow().name();
        assertThat(lines).anyMatch(l -> l.matches("\\[\\d+/\\d+\\] parsing " + health.replace(".", "\\.")
                + " \\.\\.\\. [1-9][0-9,]* triples \\(.*/s\\), .* s"));
        assertThat(lines).anyMatch(l -> l.contains("validating the taxonomy against the shapes ... "));
        assertThat(lines).anyMatch(l -> l.contains("reading ") && l.contains(" mappings ("));
        assertThat(lines.get(steps - 1)).contains("writing ").endsWith(" s")
                .contains(String.format(java.util.Locale.ROOT, "%,d triples", report.triples()));
    }

    @Test
    void validationAloneHasNoWriteStep() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SourceLayout layout = SourceLayout.folder(Path.of("."));
        new CanonLoader(Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8))).prepare(layout);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).isNotEmpty().noneMatch(l -> l.contains("writing "));
        assertThat(lines.get(lines.size() - 1)).startsWith("[" + lines.size() + "/" + lines.size() + "] ");
    }
}
