package org.canon.graph.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.canon.graph.TestSources;
import org.canon.graph.TestStores;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mapping checks over the external-taxonomy fixtures (src/test/resources/external) and a copy of the
 * sources with three doubtful mappings made on purpose: a curated mapping removed, a code that does not exist,
 * and the page's own resolver mapping of the Senior Manager to 15-1211.
 */
class MappingChecksTest {
    static CanonStore store;
    static Map<String, List<Map<String, Object>>> findings = new java.util.HashMap<>();

    @BeforeAll
    static void run() throws Exception {
        store = TestStores.open("checks");
        new ExternalImporter().importInto(List.of(Path.of("src/test/resources/external")), store);
        Path sources = TestSources.copy("checks");
        // no curated mapping left for FINANCE.FINANCEFP3307.P1; a code that O*NET-SOC 2019 does not have
        TestSources.edit(sources.resolve("mappings/canon-onet-curated.sssom.tsv"), "CANON:FINANCE.FINANCEFP3307.P1\t",
                "CANON:FINANCE.FINANCEFP3307.P2\t");
        TestSources.edit(sources.resolve("mappings/canon-onet-curated.sssom.tsv"), "ONET:11-9111.00\t", "ONET:11-9111.07\t");
        SourceLayout layout = SourceLayout.folder(sources);
        new CanonLoader().load(layout, store);
        QueryRunner runner = new QueryRunner(store, new QueryCatalog(layout), QueryRunner.Limits.DEFAULTS);
        new MappingChecks(runner).run().forEach(r -> findings.put(r.check(), r.findings()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyCheckRan() {
        assertThat(findings).containsOnlyKeys("check-broad-code", "check-level-switch",
                "check-management-outside-managers", "check-no-esco", "check-unknown-codes", "check-unmapped-profiles");
    }

    @Test
    void aLevelSwitchWithoutAReasonIsFlagged() {
        // the copy maps Health Informatics M2 to 11-9111.07, so M3 (11-9111.00) switches with no reason given
        assertThat(findings.get("check-level-switch")).singleElement().satisfies(f -> assertThat(f)
                .containsEntry("profileCode", "HEALTH.HEALTHIN8668.M3").containsEntry("belowTargetCode", "11-9111.07"));
    }

    @Test
    void profilesWithoutAnyEuropeanLinkAreFlagged() {
        // no suggestions in this store (loaded without the derived-graph builders), and the fixtures' strict
        // chains reach ESCO only for the health services managers
        assertThat(findings.get("check-no-esco")).anySatisfy(f -> assertThat(f)
                .containsEntry("profileCode", "FINANCE.FINANCEAC5142.P3"));
        assertThat(findings.get("check-no-esco")).noneSatisfy(f -> assertThat(f)
                .containsEntry("profileCode", "HEALTH.HEALTHIN8668.M3"));
    }

    @Test
    void seniorManagerMappedToAnAnalystCodeIsFlagged() {
        assertThat(findings.get("check-management-outside-managers")).anySatisfy(f ->
                assertThat(f).containsEntry("profileCode", "HEALTH.HEALTHIN8668.M3").containsEntry("targetCode", "15-1211"));
    }

    @Test
    void broadCodeWithADetailedOneIsFlagged() {
        assertThat(findings.get("check-broad-code")).anySatisfy(f -> assertThat(f)
                .containsEntry("profileCode", "HEALTH.HEALTHIN8668.M3").containsEntry("targetCode", "15-1211")
                .containsEntry("detailCode", "15-1211.01").containsEntry("detailLabel", "Health Informatics Specialists"));
    }

    @Test
    void codeNotInTheReleaseIsFlagged() {
        assertThat(findings.get("check-unknown-codes")).anySatisfy(f -> assertThat(f)
                .containsEntry("targetCode", "11-9111.07").containsEntry("schemeName", "onet-soc"));
        assertThat(findings.get("check-unknown-codes")).noneSatisfy(f -> assertThat(f).containsEntry("targetCode", "11-9111.00"));
    }

    @Test
    void profileWithoutCuratedMappingIsFlagged() {
        assertThat(findings.get("check-unmapped-profiles")).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("profileCode", "FINANCE.FINANCEFP3307.P1"));
    }
}
