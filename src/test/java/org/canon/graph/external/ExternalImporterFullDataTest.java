package org.canon.graph.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canon.graph.external.StoreQueries.ask;
import static org.canon.graph.external.StoreQueries.count;
import static org.canon.graph.external.StoreQueries.value;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.canon.graph.TestStores;
import org.canon.graph.store.CanonStore;
import java.util.Map;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.similarity.SimilarityBuilder;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.Tdb2Store;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Assumptions;

/**
 * The full official files of ../shared/data (system property canon.test.shared-data), when present: imported from
 * the publishers' files as downloaded (a folder under target/ of links to the workbooks and text files, without the
 * converted copies), counts match the releases, known codes have the right labels, parents and mappings, and the
 * converted copies give the same graphs. Skipped when absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalImporterFullDataTest {
    CanonStore store;
    ExternalImporter.ImportReport report;
    Path data;

    @BeforeAll
    void importAll() {
        data = Path.of(System.getProperty("canon.test.shared-data", "../shared/data"));
        Assumptions.assumeTrue(Files.isDirectory(data.resolve("onet")), "no shared data at " + data.toAbsolutePath());
        // a 700,000-triple import is one update request in remote mode; the fixture tests cover that mode
        Assumptions.assumeFalse(TestStores.remote(), "full-data import runs over the embedded store");
        store = Tdb2Store.open(TestStores.newFolder("external-full"));
        report = timedImport("the publishers' files", links(name -> !convertedCopy(name)), store);
        report.graphSizes().forEach((g, n) -> System.out.println("  " + g + "  " + n + " triples"));
    }

    /** The copies converted from the publishers' workbooks in ../shared/data (see its SOURCE.md files). */
    static boolean convertedCopy(String file) {
        return file.endsWith(".tsv") || file.equals(IscoImporter.ILO_FILE + ".csv");
    }

    /** A folder under target/ with, for each publisher's folder of the data, links to the files {@code keep} keeps. */
    Path links(Predicate<String> keep) {
        Path root = TestStores.newFolder("external-full-links");
        try (Stream<Path> files = Files.walk(data, 2)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path link = root.resolve(data.relativize(file).toString());
                if (keep.test(file.getFileName().toString())) {
                    Files.createDirectories(link.getParent());
                    Files.createSymbolicLink(link, file.toAbsolutePath());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    ExternalImporter.ImportReport timedImport(String what, Path folder, CanonStore into) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        ExternalImporter.ImportReport r = new ExternalImporter(List.of(new SimilarityBuilder())).importInto(List.of(folder), into);
        cpu = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        // the CPU time of the importing thread does not depend on what else the machine runs; the wall time does
        System.out.println("Full import of " + data.toAbsolutePath().normalize() + ", " + what + ": " + r.triples()
                + " triples in " + r.millis() + " ms (" + cpu + " ms CPU on the importing thread, "
                + Runtime.getRuntime().availableProcessors() + " processors); files read:");
        r.sources().lines().forEach(l -> System.out.println("  " + l));
        return r;
    }

    @Test
    void theConvertedCopiesGiveTheSameGraphsAsThePublishersFiles() throws Exception {
        try (CanonStore copies = Tdb2Store.open(TestStores.newFolder("external-full-copies"))) {
            ExternalImporter.ImportReport converted = timedImport("the converted copies",
                    links(name -> !name.endsWith(".xlsx") && !name.endsWith(".xls")), copies);
            assertThat(converted.sources()).doesNotContain(".xls");
            assertThat(report.sources()).doesNotContain(".tsv");
            OriginalFilesImportTest.assertSameGraphs(store, copies);
        }
    }

    long dataRows(String file) {
        try (var lines = Files.lines(data.resolve(file))) {
            return lines.filter(l -> !l.isBlank()).count() - 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void countsMatchTheReleases() {
        assertThat(count(store, "?c skos:inScheme <https://w3id.org/canon/external/onet-soc>")).isEqualTo(1016);
        assertThat(count(store, "?c skos:inScheme <https://w3id.org/canon/external/soc2018> ; skos:broader/skos:broader/skos:broader ?major"))
                .isEqualTo(867);
        assertThat(count(store, "?c skos:topConceptOf <https://w3id.org/canon/external/soc2018>")).isEqualTo(23);
        assertThat(count(store, "?c skos:inScheme <http://data.europa.eu/esco/concept-scheme/isco> ; skos:notation ?n FILTER(STRLEN(?n) = 4)"))
                .isEqualTo(436);
        assertThat(count(store, "?c skos:inScheme <http://data.europa.eu/esco/concept-scheme/isco>")).isEqualTo(619);
        assertThat(count(store, "?c a esco:Occupation ; skos:inScheme <http://data.europa.eu/esco/concept-scheme/occupations>"))
                .isEqualTo(3039);
        assertThat(count(store, "?r a canon:OccupationRating ; canon:ratingDomain \"Skills\"")).isEqualTo(30765);
        // one per row of Related Occupations (this copy holds about half of the published pairs)
        assertThat(count(store, "?r a canon:RelatedOccupation")).isEqualTo(dataRows("onet/Related Occupations.txt"));
    }

    @Test
    void escoSkillsHaveTheirNames() {
        // the API harvest names 13,186 of the 13,939 skills of ESCO v1.2.0 (esco/SOURCE.md)
        assertThat(count(store, "?s a esco:Skill ; skos:prefLabel ?l")).isEqualTo(13186);
        assertThat(value(store, "SELECT ?l { <http://data.europa.eu/esco/skill/97965983-0da4-4902-9daf-d5cd2693ef73> "
                + "skos:prefLabel ?l }")).isEqualTo("3D modelling");
    }

    @Test
    void crosswalksHaveEveryPublishedRow() {
        assertThat(mappings(ExternalIris.SET_ONET_SOC)).isEqualTo(1016);
        assertThat(mappings(ExternalIris.SET_SOC2010_SOC2018)).isEqualTo(900);
        assertThat(mappings(ExternalIris.SET_ISCO_SOC2010)).isEqualTo(1125);
        assertThat(mappings(ExternalIris.SET_ESCO_ISCO)).isEqualTo(3039);
    }

    long mappings(String set) {
        return count(store, "GRAPH <" + Canon.GRAPH_CROSSWALKS + set + "> { ?set sssom:mappings ?m }");
    }

    @Test
    void knownOccupationsHaveTheirLabelsAndParents() {
        assertThat(value(store, "SELECT ?l { onet:15-1211.00 skos:prefLabel ?l }")).isEqualTo("Computer Systems Analysts");
        assertThat(value(store, "SELECT ?l { onet:15-1211.01 skos:prefLabel ?l }")).isEqualTo("Health Informatics Specialists");
        assertThat(ask(store, "soc:15-1211 skos:broader soc:15-1210 . soc:15-1210 skos:broader soc:15-1200 . "
                + "soc:15-1200 skos:broader soc:15-0000 . soc:15-0000 skos:topConceptOf <https://w3id.org/canon/external/soc2018>"))
                .isTrue();
        assertThat(value(store, "SELECT ?l { soc:15-1211 skos:prefLabel ?l }")).isEqualTo("Computer Systems Analysts");
        // 29-1221 does not follow the digit pattern: it is under broad group 29-1210, not 29-1220
        assertThat(ask(store, "soc:29-1221 skos:broader soc:29-1210")).isTrue();
        // the ILO writes ISCO-08 titles in title case (ESCO's copy: "Systems analysts")
        assertThat(value(store, "SELECT ?l { isco:C2511 skos:prefLabel ?l }")).isEqualToIgnoringCase("Systems analysts");
        assertThat(ask(store, "isco:C2511 skos:broader isco:C251 . isco:C251 skos:broader isco:C25 . isco:C25 skos:broader isco:C2"))
                .isTrue();
        assertThat(value(store, "SELECT ?l { occ:a6a0b60f-08da-4faa-bf54-942987efb471 skos:prefLabel ?l }"))
                .isEqualTo("ICT system analyst");
        assertThat(ask(store, "occ:a6a0b60f-08da-4faa-bf54-942987efb471 skos:broadMatch isco:C2511")).isTrue();
    }

    @Test
    void ratingsAndRelatedOccupationsAreThere() {
        assertThat(value(store, "SELECT ?i { ?r canon:occupation onet:11-1011.00 ; canon:element el:2.A.1.a ; canon:importance ?i }"))
                .isEqualTo("4.12");
        assertThat(value(store, "SELECT ?t { ?r canon:occupation onet:11-3012.00 ; canon:relatedOccupation onet:43-1011.00 ; "
                + "canon:relatednessTier ?t ; canon:relatedIndex 1 }")).isEqualTo("Primary-Short");
        assertThat(ask(store, "onet:11-3012.00 skos:related onet:43-1011.00")).isTrue();
    }

    @Test
    void everyOccupationHasItsTwentySimilarOccupationsWithEvidence() {
        assertThat(count(store, "?o skos:inScheme <https://w3id.org/canon/external/onet-soc> "
                + "FILTER NOT EXISTS { ?e canon:subjectOccupation ?o ; canon:similarityRank 20 }")).isZero();
        assertThat(count(store, "?e a canon:OccupationSimilarity")).isEqualTo(1016 * 20);
        // scores in [0, 1], never higher at a lower rank
        assertThat(count(store, "?e canon:similarityScore ?s FILTER(?s < 0 || ?s > 1)")).isZero();
        assertThat(count(store, "?e canon:subjectOccupation ?o ; canon:similarityRank ?r ; canon:similarityScore ?s . "
                + "?f canon:subjectOccupation ?o ; canon:similarityRank ?r2 ; canon:similarityScore ?s2 "
                + "FILTER(?r2 = ?r + 1 && ?s2 > ?s)")).isZero();
        // the evidence is an element both occupations rate
        assertThat(count(store, "?e canon:subjectOccupation ?a ; canon:similarOccupation ?b ; canon:evidence/canon:sharedElement ?el "
                + "FILTER NOT EXISTS { ?ra canon:occupation ?a ; canon:element ?el . ?rb canon:occupation ?b ; canon:element ?el }"))
                .isZero();
        assertThat(value(store, "SELECT ?c { ?e canon:subjectOccupation onet:15-1211.00 ; canon:similarityRank 1 ; "
                + "canon:similarOccupation/skos:notation ?c }")).startsWith("15-");
    }

    @Test
    void crosswalkPredicates() {
        assertThat(ask(store, "onet:15-1211.00 skos:exactMatch soc:15-1211 . onet:15-1211.01 skos:broadMatch soc:15-1211"))
                .isTrue();
        assertThat(ask(store, "soc10:11-1011 skos:exactMatch soc:11-1011")).isTrue();
        assertThat(count(store, "GRAPH <" + Canon.GRAPH_CROSSWALKS + ExternalIris.SET_ISCO_SOC2010 + "> { ?m sssom:comment ?c "
                + "FILTER(CONTAINS(?c, 'partial')) }")).isEqualTo(970);
    }

    @Test
    void profileCrosswalkChainsToSocIscoAndEsco() {
        SourceLayout layout = SourceLayout.folder(Path.of("."));
        new CanonLoader().load(layout, store);
        QueryRunner runner = new QueryRunner(store, new QueryCatalog(layout), QueryRunner.Limits.DEFAULTS);
        List<Map<String, Object>> rows = runner.rows("crosswalk", Map.of("code", "HEALTH.HEALTHIN8668.M3"));
        // the curated O*NET-SOC occupation and the page's own SOC code, stated
        assertThat(rows).anySatisfy(r -> {
            assertThat(r).containsEntry("targetCode", "11-9111.00").containsEntry("derived", false);
            assertThat(r.get("label")).isEqualTo("Medical and Health Services Managers");
        });
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("targetCode", "15-1211").containsEntry("tool", "jfm-factory.resolve"));
        // derived: its SOC 2018 code, ISCO-08 groups and ESCO occupations, each with predicate, confidence and path
        for (String scheme : List.of("soc2018", "isco08", "esco")) {
            assertThat(rows).as(scheme).anySatisfy(r -> {
                assertThat(r).containsEntry("schemeName", scheme).containsEntry("derived", true);
                assertThat(r.get("predicate")).asString().startsWith("http://www.w3.org/2004/02/skos/core#");
                assertThat(((Number) r.get("confidence")).doubleValue()).isBetween(0.0, 1.0);
                assertThat(String.valueOf(r.get("path")).split(" ")).hasSizeGreaterThanOrEqualTo(2);
            });
        }
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("targetCode", "11-9111").containsEntry("schemeName", "soc2018")
                .containsEntry("predicate", "http://www.w3.org/2004/02/skos/core#broadMatch"));
        // scheme filter
        assertThat(runner.rows("crosswalk", Map.of("code", "HEALTH.HEALTHIN8668.M3", "scheme", "isco08")))
                .isNotEmpty().allSatisfy(r -> assertThat(r).containsEntry("schemeName", "isco08"));
        // the occupational base: the O*NET skills of the mapped occupation join the effective skills
        List<Map<String, Object>> skills = runner.rows("skills", Map.of("code", "HEALTH.HEALTHIN8668.M3"));
        assertThat(skills).anySatisfy(r -> {
            assertThat(r).containsEntry("source", "https://w3id.org/canon/ontology#OccupationalBaseSource")
                    .containsEntry("label", "Critical Thinking");
            assertThat(((Number) r.get("importance")).doubleValue()).isBetween(1.0, 5.0);
            assertThat(((Number) r.get("levelScore")).doubleValue()).isBetween(0.0, 7.0);
        });
        assertThat(skills).anySatisfy(r -> assertThat(r).containsEntry("source", "https://w3id.org/canon/ontology#FocusSkillSource"));
        System.out.println("Crosswalk of HEALTH.HEALTHIN8668.M3 over the full data: " + rows.size() + " rows");
        rows.stream().limit(12).forEach(r -> System.out.println("  " + r.get("schemeName") + " " + r.get("targetCode") + " "
                + r.get("label") + " " + r.get("predicate") + " " + r.get("confidence") + " derived=" + r.get("derived")));
    }
}
