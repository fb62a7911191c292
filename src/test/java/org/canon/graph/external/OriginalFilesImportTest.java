package org.canon.graph.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canon.graph.external.StoreQueries.ask;
import static org.canon.graph.external.StoreQueries.value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.canon.graph.TestStores;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The publishers' files as downloaded (the fixtures as workbooks, {@link WorkbookFixtures}) give the same graphs
 * as the converted copies (the text fixtures), and a folder holding both reads the publishers' files and says so.
 */
class OriginalFilesImportTest {
    final ExternalImporter importer = new ExternalImporter();
    CanonStore originals;
    CanonStore copies;

    @BeforeEach
    void open() {
        originals = TestStores.open("external-originals");
        copies = TestStores.open("external-copies");
    }

    @AfterEach
    void close() {
        originals.close();
        copies.close();
    }

    /** Every named graph of {@code actual} is isomorphic with the one of the same name in {@code expected}. */
    static void assertSameGraphs(CanonStore expected, CanonStore actual) {
        assertThat(actual.graphNames()).isEqualTo(expected.graphNames());
        for (String name : expected.graphNames()) {
            Graph want = expected.read(name);
            Graph got = actual.read(name);
            assertThat(got.size()).as(name).isEqualTo(want.size());
            assertThat(got.isIsomorphicWith(want)).as(name).isTrue();
        }
    }

    @Test
    void theWorkbooksGiveTheSameGraphsAsTheConvertedCopies() {
        Path workbooks = WorkbookFixtures.originals();
        try (Stream<Path> files = Files.walk(workbooks)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".tsv") || f.endsWith(".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var report = importer.importInto(List.of(workbooks), originals);
        importer.importInto(List.of(Fixtures.root()), copies);
        assertSameGraphs(copies, originals);
        assertThat(report.sources()).contains("soc_structure_2018.xlsx", "ISCO-08 EN Structure and definitions.xlsx",
                "Skills.xlsx", WorkbookFixtures.ISCO_SOC_WORKBOOK, "2019_to_SOC_Crosswalk.xlsx");
    }

    @Test
    void theIscoSocWorkbookIsReadFromItsIscoSheet() {
        importer.importInto(List.of(WorkbookFixtures.originals()), originals);
        // 15-1121 has one ISCO-08 group, so the SOC sheet marks the pair full; the ISCO-08 sheet marks it partial
        assertThat(value(originals, "SELECT ?c { ?m owl:annotatedSource isco:C2511 ; owl:annotatedTarget soc10:15-1121 ; "
                + "sssom:comment ?c }")).startsWith("BLS marks this match partial");
        // ISCO-08 codes typed as numbers with a four-digit format are read as the codes shown
        assertThat(ask(originals, "isco:C1342 skos:exactMatch soc10:11-9111")).isTrue();
    }

    @Test
    void aFolderWithBothReadsThePublishersFilesAndSaysWhichItPassedOver() throws IOException {
        Path both = WorkbookFixtures.originals();
        try (Stream<Path> files = Files.walk(Fixtures.root())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = both.resolve(Fixtures.root().relativize(p).toString());
                if (!Files.exists(to)) {
                    Files.copy(p, to);
                }
            }
        }
        var report = importer.importInto(List.of(both), originals);
        importer.importInto(List.of(Fixtures.root()), copies);
        assertSameGraphs(copies, originals);
        assertThat(report.sources().lines()).anySatisfy(l -> assertThat(l).endsWith("soc: soc_structure_2018.xlsx "
                + "(not read: soc_structure_2018.tsv), soc_2018_definitions.xlsx (not read: soc_2018_definitions.tsv)"));
        // O*NET: the text release before the Excel release, and both before a converted copy
        assertThat(report.sources()).contains("Occupation Data.txt (not read: Occupation Data.xlsx)",
                "Knowledge.xlsx (not read: Knowledge.tsv)",
                "ISCO-08 EN Structure and definitions.xlsx (not read: isco08_structure_and_definitions.tsv)",
                WorkbookFixtures.ISCO_SOC_WORKBOOK + " (not read: bls_isco08_to_soc2010.tsv)");
    }
}
