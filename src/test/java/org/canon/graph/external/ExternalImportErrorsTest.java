package org.canon.graph.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.canon.graph.external.StoreQueries.ask;
import static org.canon.graph.external.StoreQueries.snapshot;
import static org.canon.graph.external.StoreQueries.value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.poi.ss.usermodel.Workbook;
import org.canon.graph.TestStores;
import org.canon.graph.source.SourceException;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Re-imports, folder layouts and bad input: every error names the file and the line (or the column and the
 * columns found), and a failed import leaves the store exactly as it was.
 */
class ExternalImportErrorsTest {
    final ExternalImporter importer = new ExternalImporter();
    CanonStore store;
    Path data;

    @BeforeEach
    void openStoreAndCopyFixtures() {
        store = TestStores.open("external-errors");
        data = Fixtures.copy();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Imports the copy, breaks it with {@code breakIt}, and expects the re-import to fail leaving the store as it was. */
    String failure(Runnable breakIt) {
        return failure(data, breakIt);
    }

    /** The same over another folder of fixtures. */
    String failure(Path folder, Runnable breakIt) {
        importer.importInto(List.of(folder), store);
        Map<String, Graph> before = snapshot(store);
        breakIt.run();
        Throwable thrown = catchThrowable(() -> importer.importInto(List.of(folder), store));
        assertThat(thrown).isInstanceOf(SourceException.class);
        assertUnchanged(before, snapshot(store));
        return thrown.getMessage();
    }

    static void assertUnchanged(Map<String, Graph> before, Map<String, Graph> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, g) -> assertThat(after.get(name).isIsomorphicWith(g)).as(name).isTrue());
    }

    @Test
    void reimportReplacesTheGraphsAndNeverDuplicates() {
        importer.importInto(List.of(data), store);
        Map<String, Graph> first = snapshot(store);
        importer.importInto(List.of(data), store);
        // the second import recorded a release (the releases graph grows by design), and changed nothing else
        Map<String, Graph> second = snapshot(store);
        first.remove(Canon.GRAPH_RELEASES);
        second.remove(Canon.GRAPH_RELEASES);
        assertUnchanged(first, second);

        Fixtures.edit(data.resolve("onet/Occupation Data.txt"),
                lines -> lines.stream().map(l -> l.replace("Web Developers", "Web Developers and Designers")).toList());
        importer.importInto(List.of(data), store);
        assertThat(value(store, "SELECT ?l { onet:15-1254.00 skos:prefLabel ?l }")).isEqualTo("Web Developers and Designers");
        assertThat(store.size(ExternalIris.GRAPH_ONET)).isEqualTo(first.get(ExternalIris.GRAPH_ONET).size());
    }

    @Test
    void missingRequiredColumnNamesTheFileTheColumnAndTheColumnsFound() {
        String message = failure(() -> Fixtures.edit(data.resolve("onet/Occupation Data.txt"), lines -> lines.stream()
                .map(l -> l.substring(0, l.indexOf('\t')) + l.substring(l.lastIndexOf('\t'))).toList()));
        assertThat(message).contains("onet/Occupation Data.txt: missing required column(s) 'Title'")
                .contains("columns found: 'O*NET-SOC Code', 'Description'");
    }

    @Test
    void malformedRowsNameTheFileAndLine() {
        String message = failure(() -> {
            Fixtures.append(data.resolve("soc/soc_structure_2018.tsv"), "\t\t\t15-1299\tComputer Occupations, All Other\textra");
            Fixtures.append(data.resolve("onet/Occupation Data.txt"), "15-121.00\tBad Code\tA code with too few digits.");
        });
        assertThat(message).contains("soc/soc_structure_2018.tsv, line 14: malformed row: expected 5 fields, found 6")
                .contains("onet/Occupation Data.txt, line 7: bad code format: O*NET-SOC Code '15-121.00' is not an O*NET-SOC code");
    }

    @Test
    void unknownCodeInACrosswalkNamesTheFileAndRow() {
        String message = failure(() -> Fixtures.append(data.resolve("crosswalks/bls_soc_2010_to_2018_crosswalk.tsv"),
                "15-1143\tComputer Network Architects\t15-1241\tComputer Network Architects"));
        assertThat(message).contains("crosswalks/bls_soc_2010_to_2018_crosswalk.tsv, line 10: unknown code: 2018 SOC Code "
                + "15-1241 is not a concept of https://w3id.org/canon/external/soc2018");
    }

    @Test
    void unknownCodeInARatingNamesTheFileAndRow() {
        String message = failure(() -> Fixtures.append(data.resolve("onet/Skills.txt"),
                "15-1299.08\t2.A.2.a\tCritical Thinking\tIM\t3.5\t8\t0.1\t3.3\t3.7\tN\tn/a\t08/2024\tAnalyst"));
        assertThat(message).contains("onet/Skills.txt, line 10: unknown code: O*NET-SOC Code 15-1299.08");
    }

    @Test
    void aJobZoneOutsideOneToFiveNamesTheFileAndRow() {
        String message = failure(() -> Fixtures.append(data.resolve("onet/Job Zones.txt"),
                "15-1254.00\tWeb Developers\t6\t08/2024\tAnalyst"));
        assertThat(message).contains("onet/Job Zones.txt, line 6: Job Zone '6' is not a whole number from 1 to 5");
    }

    @Test
    void columnsAreReadByNameInAnyOrderAndExtraColumnsAreIgnored() {
        Fixtures.edit(data.resolve("onet/Occupation Data.txt"), lines -> lines.stream().map(l -> {
            String[] f = l.split("\t");
            return String.join("\t", f[2], "extra", f[1], f[0]);
        }).toList());
        importer.importInto(List.of(data), store);
        assertThat(value(store, "SELECT ?l { onet:15-1211.01 skos:prefLabel ?l }")).isEqualTo("Health Informatics Specialists");
    }

    @Test
    void eachPublisherFolderCanBeImportedAlone() {
        assertThat(importer.importInto(List.of(data.resolve("onet")), store).graphSizes())
                .containsOnlyKeys(ExternalIris.GRAPH_ONET, Canon.GRAPH_INFERRED);

        // ESCO alone: ISCO-08 comes from ESCO's copy of the groups, so that the occupations' groups are known
        var esco = importer.importInto(List.of(data.resolve("esco")), store);
        assertThat(esco.graphSizes()).containsOnlyKeys(ExternalIris.GRAPH_ESCO, ExternalIris.GRAPH_ISCO,
                Canon.GRAPH_CROSSWALKS + ExternalIris.SET_ESCO_ISCO, Canon.GRAPH_INFERRED);
        assertThat(value(store, "SELECT ?l { isco:C2511 skos:prefLabel ?l }")).isEqualTo("Systems analysts");

        // the crosswalks alone find their schemes in the store, once those are there
        assertThatThrownBy(() -> importer.importInto(List.of(data.resolve("crosswalks")), store))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("https://w3id.org/canon/external/soc2018, which is neither imported now nor in the store");
        importer.importInto(Stream.of("soc", "isco").map(data::resolve).toList(), store);
        assertThat(importer.importInto(List.of(data.resolve("crosswalks")), store).graphSizes()).hasSize(4).containsKey(Canon.GRAPH_INFERRED);
        assertThat(ask(store, "soc10:15-1134 skos:narrowMatch soc:15-1255")).isTrue();
    }

    @Test
    void theOfficialSkillsFileIsReadBeforeTheApiHarvest() throws IOException {
        Files.writeString(data.resolve("esco/skills_en.csv"), """
                conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description
                KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/2b2b2b2b-0000-4000-8000-00000000a001,skill/competence,sector-specific,analyse ICT system,"analyse ICT systems
                ICT systems analysis",ICT system analyzing,released,2024-01-25T10:00:00.000Z,Excludes hardware testing.,,http://data.europa.eu/esco/concept-scheme/skills,Study the activity and operation of information systems.
                """);
        var report = importer.importInto(List.of(data.resolve("esco")), store);
        String skill = "<http://data.europa.eu/esco/skill/2b2b2b2b-0000-4000-8000-00000000a001>";
        assertThat(ask(store, skill + " skos:prefLabel \"analyse ICT system\"@en ; skos:altLabel \"analyse ICT systems\"@en, "
                + "\"ICT systems analysis\"@en ; skos:hiddenLabel \"ICT system analyzing\"@en ; "
                + "skos:scopeNote \"Excludes hardware testing.\"@en ; skos:definition ?d")).isTrue();
        assertThat(ask(store, "<http://data.europa.eu/esco/skill/2b2b2b2b-0000-4000-8000-00000000a002> skos:prefLabel ?l"))
                .as("the harvest is not read").isFalse();
        assertThat(report.sources()).contains("skills_en.csv (labels for 1 of the 3 skills of broaderRelationsSkillPillar_en.csv; "
                + "not read: esco_skill_labels_api_harvest_2026-06.csv)");
    }

    @Test
    void skillLabelsNeedTheSkillsPillar() {
        String message = failure(() -> delete(data.resolve("esco/broaderRelationsSkillPillar_en.csv")));
        assertThat(message).contains("esco/esco_skill_labels_api_harvest_2026-06.csv names skills, but ")
                .contains("has no broaderRelationsSkillPillar_en.csv");
    }

    static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the publishers' workbooks: errors name the file, the sheet, the row and the column

    /** Imports the fixtures as workbooks, edits one of them, and expects the re-import to fail as {@link #failure}. */
    String workbookFailure(String workbook, Consumer<Workbook> edit) {
        Path originals = WorkbookFixtures.originals();
        return failure(originals, () -> WorkbookFixtures.edit(originals.resolve(workbook), edit));
    }

    @Test
    void aWorkbookWithoutItsHeaderRowNamesTheFileTheSheetAndTheColumnsLookedFor() {
        String message = workbookFailure("soc/soc_structure_2018.xlsx",
                wb -> wb.getSheetAt(0).removeRow(wb.getSheetAt(0).getRow(7)));
        assertThat(message).contains("soc/soc_structure_2018.xlsx: no header row found: no row among the first 50 of "
                + "sheet(s) '2018 Structure' has the columns 'Major Group', 'Minor Group', 'Broad Group', 'Detailed Occupation', 'Title'");
    }

    @Test
    void aWorkbookMissingAColumnNamesTheFileTheSheetTheRowAndTheColumn() {
        String message = workbookFailure("crosswalks/soc_2010_to_2018_crosswalk.xlsx",
                wb -> wb.getSheetAt(0).getRow(8).getCell(2).setCellValue("2018 Code"));
        assertThat(message).contains("crosswalks/soc_2010_to_2018_crosswalk.xlsx, sheet 'Sorted by 2010', row 9: missing "
                + "required column(s) '2018 SOC Code' (columns found: '2010 SOC Code', '2010 SOC Title', '2018 Code', '2018 SOC Title')");
    }

    @Test
    void aBadCellOfAWorkbookNamesTheFileTheSheetTheRowAndTheColumn() {
        String message = workbookFailure("crosswalks/" + WorkbookFixtures.ISCO_SOC_WORKBOOK,
                wb -> wb.getSheet("ISCO-08 to 2010 SOC").getRow(8).getCell(0).setCellValue("25X1"));
        assertThat(message).contains("crosswalks/" + WorkbookFixtures.ISCO_SOC_WORKBOOK + ", sheet 'ISCO-08 to 2010 SOC', "
                + "row 9: bad code format: ISCO-08 Code '25X1' is not an ISCO-08 code");
    }

    @Test
    void aWorkbookWithoutTheSheetReadNamesTheSheetsItHas() {
        String message = workbookFailure("crosswalks/" + WorkbookFixtures.ISCO_SOC_WORKBOOK,
                wb -> wb.setSheetName(0, "ISCO-08 to SOC"));
        assertThat(message).contains("crosswalks/" + WorkbookFixtures.ISCO_SOC_WORKBOOK + ": no sheet 'ISCO-08 to 2010 SOC' "
                + "(sheets: 'ISCO-08 to SOC', '2010 SOC to ISCO-08')");
    }

    @Test
    void aFileNamedLikeAWorkbookThatIsNotOneIsAnError() {
        Path originals = WorkbookFixtures.originals();
        String message = failure(originals, () -> write(originals.resolve("onet/Skills.xlsx"), "O*NET-SOC Code\tElement ID\n"));
        assertThat(message).contains("onet/Skills.xlsx: not an Excel workbook");
    }

    @Test
    void aFolderWithoutOfficialFilesIsAnError() throws IOException {
        assertThatThrownBy(() -> importer.importInto(List.of(TestStores.newFolder("empty")), store))
                .isInstanceOf(SourceException.class).hasMessageContaining("holds none of the official files")
                .hasMessageContaining("it holds no file");
        Path downloads = TestStores.newFolder("downloads");
        Files.writeString(downloads.resolve("db_29_3_excel.zip"), "");
        assertThatThrownBy(() -> importer.importInto(List.of(downloads), store))
                .isInstanceOf(SourceException.class).hasMessageContaining("it holds db_29_3_excel.zip (unzip the download first)");
        assertThatThrownBy(() -> importer.importInto(List.of(data, data.resolve("onet")), store))
                .isInstanceOf(SourceException.class).hasMessageContaining("O*NET files are in two folders given");
        assertThat(store.graphNames()).isEmpty();
    }
}
