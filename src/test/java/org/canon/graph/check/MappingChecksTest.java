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
    static Map<String, List<Finding>> findings = new java.util.HashMap<>();
    static QueryRunner runner;

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
        runner = new QueryRunner(store, new QueryCatalog(layout), QueryRunner.Limits.DEFAULTS);
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
        assertThat(findings.get("check-level-switch")).singleElement().satisfies(f -> {
            assertThat(f.profileCode()).isEqualTo("HEALTH.HEALTHIN8668.M3");
            assertThat(f.belowTargetCode()).isEqualTo("11-9111.07");
        });
    }

    @Test
    void profilesWithoutAnyEuropeanLinkAreFlagged() {
        // no suggestions in this store (loaded without the derived-graph builders), and the fixtures' strict
        // chains reach ESCO only for the health services managers
        assertThat(findings.get("check-no-esco")).anySatisfy(f -> assertThat(f.profileCode())
                .isEqualTo("FINANCE.FINANCEAC5142.P3"));
        assertThat(findings.get("check-no-esco")).noneSatisfy(f -> assertThat(f.profileCode())
                .isEqualTo("HEALTH.HEALTHIN8668.M3"));
    }

    @Test
    void seniorManagerMappedToAnAnalystCodeIsFlagged() {
        assertThat(findings.get("check-management-outside-managers")).anySatisfy(f -> {
            assertThat(f.profileCode()).isEqualTo("HEALTH.HEALTHIN8668.M3");
            assertThat(f.targetCode()).isEqualTo("15-1211");
            assertThat(f.level()).isEqualTo("M3");
        });
    }

    @Test
    void broadCodeWithADetailedOneIsFlagged() {
        assertThat(findings.get("check-broad-code")).anySatisfy(f -> {
            assertThat(f.profileCode()).isEqualTo("HEALTH.HEALTHIN8668.M3");
            assertThat(f.targetCode()).isEqualTo("15-1211");
            assertThat(f.detailCode()).isEqualTo("15-1211.01");
            assertThat(f.detailLabel()).isEqualTo("Health Informatics Specialists");
        });
    }

    @Test
    void codeNotInTheReleaseIsFlagged() {
        assertThat(findings.get("check-unknown-codes")).anySatisfy(f -> {
            assertThat(f.targetCode()).isEqualTo("11-9111.07");
            assertThat(f.schemeName()).isEqualTo("onet-soc");
        });
        assertThat(findings.get("check-unknown-codes")).noneSatisfy(f -> assertThat(f.targetCode()).isEqualTo("11-9111.00"));
    }

    @Test
    void profileWithoutCuratedMappingIsFlagged() {
        assertThat(findings.get("check-unmapped-profiles")).singleElement()
                .satisfies(f -> {
                    assertThat(f.profileCode()).isEqualTo("FINANCE.FINANCEFP3307.P1");
                    assertThat(f.problem()).contains("(" + f.otherMappings() + " other mapping");
                });
    }

    /** A finding has a component for every column of every check, so that no column is lost on the way to JSON. */
    @Test
    void everyColumnOfEveryCheckIsAComponentOfFinding() {
        List<String> components = java.util.Arrays.stream(Finding.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        runner.catalog().all().stream().filter(q -> q.name().startsWith(MappingChecks.PREFIX)).forEach(q ->
                assertThat(components).as(q.name()).containsAll(q.query().getResultVars()));
    }

    /** Every finding has the columns all checks share. */
    @Test
    void everyFindingNamesItsProfileAndProblem() {
        findings.values().stream().flatMap(List::stream).forEach(f -> {
            assertThat(f.profileCode()).isNotBlank();
            assertThat(f.title()).isNotBlank();
            assertThat(f.problem()).isNotBlank();
        });
    }
}
