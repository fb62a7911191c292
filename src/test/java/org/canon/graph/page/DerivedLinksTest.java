package org.canon.graph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.canon.graph.TestStores;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.profile.ProfileService;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRow;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.similarity.SimilarityBuilder;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.ModelAndView;

/**
 * Crosswalk suggestions and similar occupations, once derived into graphs of their own, reach the pages: a store with
 * the shipped sources and a hand-written graph of derived links ({@code page/derived-links.ttl}).
 */
class DerivedLinksTest {
    static final String PROFILE = Canon.profile("HEALTH.HEALTHIN8668.M3");
    static final String OCCUPATION = "https://w3id.org/canon/external/onet-soc/11-9111.00";
    static CanonStore store;
    static PageQueries queries;
    static ProfilePage profilePage;
    static ConceptPage conceptPage;

    @BeforeAll
    static void load() {
        store = TestStores.open("derived-links");
        SourceLayout layout = SourceLayout.folder(Path.of("."));
        new CanonLoader(List.of(new SimilarityBuilder())).load(layout, store);
        Graph derived = RDFDataMgr.loadGraph("src/test/resources/page/derived-links.ttl");
        store.replaceGraphs(Map.of(Canon.GRAPH + "test/derived-links", derived), Set.of());
        QueryRunner runner = new QueryRunner(store, new QueryCatalog(layout), QueryRunner.Limits.DEFAULTS);
        queries = new PageQueries(runner, store);
        profilePage = new ProfilePage(new ProfileService(runner, store), queries);
        conceptPage = new ConceptPage(queries);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSuggestionReachesTheProfilePageAndOnlyItsSection() {
        ModelAndView mv = profilePage.page("HEALTH.HEALTHIN8668.M3").orElseThrow();
        List<QueryRow> suggestions = (List<QueryRow>) mv.getModel().get("suggestions");
        assertThat(suggestions).hasSize(1);
        QueryRow s = suggestions.get(0);
        assertThat(s.text("mappingKind")).isEqualTo("suggested");
        assertThat(s.text("direction")).isEqualTo("to");
        assertThat(s.text("otherCode")).isEqualTo("15-1211.01");
        assertThat(s.text("otherLabel")).isEqualTo("Health Informatics Specialists");
        assertThat(s.number("confidence")).isEqualTo(0.7123);
        assertThat(s.integer("rank")).isEqualTo(1);
        assertThat(s.text("mappingSetTitle")).isEqualTo("Test suggestions");
        // the stated mappings and the crosswalk do not take it for an asserted mapping
        assertThat(queries.rows("mappings", Map.of("resource", PROFILE, "kind", "stated")))
                .noneMatch(r -> "15-1211.01".equals(r.text("otherCode")));
    }

    @Test
    void theSuggestedConceptSeesTheSuggestionFromItsSide() {
        List<QueryRow> rows = queries.rows("mappings", Map.of("resource", "https://w3id.org/canon/external/onet-soc/15-1211.01",
                "kind", "suggested"));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.text("direction")).isEqualTo("from");
            assertThat(r.text("other")).isEqualTo(PROFILE);
            assertThat(r.text("otherLabel")).isEqualTo("Health Informatics — M3");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProfilePageListsTheRolesWithTheMostSimilarSkills() {
        ModelAndView mv = profilePage.page("HEALTH.HEALTHIN8668.M3").orElseThrow();
        List<QueryRow> similar = (List<QueryRow>) mv.getModel().get("similar");
        assertThat(similar).hasSize(10).allSatisfy(r -> {
            assertThat(r.text("profileCode")).isNotEqualTo("HEALTH.HEALTHIN8668.M3");
            assertThat(r.text("title")).isNotBlank();
            assertThat(r.number("skillSimilarity")).isBetween(0.0, 1.0);
        });
        assertThat(similar).extracting(r -> r.number("skillSimilarity")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(((Map<String, QueryLink>) mv.getModel().get("queries")).get("similar").name())
                .isEqualTo("similar-profiles");
    }

    @Test
    @SuppressWarnings("unchecked")
    void similarOccupationsReachTheOccupationsPage() {
        ModelAndView mv = conceptPage.page(OCCUPATION, null);
        List<QueryRow> similar = (List<QueryRow>) mv.getModel().get("similar");
        assertThat(similar).singleElement().satisfies(r -> {
            assertThat(r.text("similarCode")).isEqualTo("11-9121.00");
            assertThat(r.text("label")).isEqualTo("Natural Sciences Managers");
            assertThat(r.number("score")).isEqualTo(0.83);
        });
        assertThat(((Map<String, QueryLink>) mv.getModel().get("queries")).get("similar").name())
                .isEqualTo("similar-occupations");
        List<QueryRow> mappings = (List<QueryRow>) mv.getModel().get("mappings");
        assertThat(mappings).isNotEmpty().allMatch(r -> r.text("direction").equals("from"));
    }
}
