package org.canon.graph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.TestQueries;
import org.canon.graph.query.QueryRow;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages of the other kinds of resource, checked against the graph: the home page's tree and levels, a function's
 * and a focus's profiles, a level's ladder, a skill's holders and hierarchy with its DefinedTerm, a generic resource.
 */
class ConceptPagesTest extends ServiceTestBase {
    @Autowired CanonStore store;
    @Autowired QueryRunner runner;

    Document page(String path) throws Exception {
        HttpResponse<String> r = get(api(path), "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body()).as(path).contains("<meta name=\"viewport\"");
        return Jsoup.parse(r.body(), api(path));
    }

    @Test
    void theHomePageHoldsTheWholeTreeAndTheLevels() throws Exception {
        Document home = page("/");
        for (Map<String, String> p : TestQueries.select(store, "SELECT ?code WHERE { ?p a canon:Profile ; skos:notation ?code }")) {
            assertThat(home.select("#taxonomy a[href=/id/profile/" + p.get("code") + "]")).as(p.get("code")).hasSize(1);
        }
        for (Map<String, String> f : TestQueries.select(store, "SELECT ?code ?label WHERE { ?f a canon:Focus ; skos:notation ?code ; skos:prefLabel ?label }")) {
            assertThat(home.select("#taxonomy a[href=/id/focus/" + f.get("code") + "]").text()).isEqualTo(f.get("label"));
        }
        List<Map<String, String>> levels = TestQueries.select(store, "SELECT ?code WHERE { ?l a canon:Level ; skos:notation ?code }");
        assertThat(home.select("#tracks tbody tr")).hasSize(levels.size());
        // the named queries, one click away
        runner.catalog().all().forEach(q -> assertThat(home.select("#named-queries a[href=/queries/" + q.name() + "]"))
                .as(q.name()).hasSize(1));
    }

    @Test
    void aFocusListsItsProfilesByTrackAndItsSkills() throws Exception {
        Document focus = page("/id/focus/HEALTHIN8668");
        List<QueryRow> tree = runner.rows("taxonomy-tree", Map.of("focus", "HEALTHIN8668"), r -> r);
        assertThat(tree).isNotEmpty();
        tree.forEach(r -> assertThat(focus.select("#tree a[href=/id/profile/" + r.text("profileCode") + "]")).hasSize(1));
        for (Map<String, String> s : TestQueries.select(store,
                "SELECT ?label WHERE { <" + Canon.id("focus", "HEALTHIN8668") + "> canon:focusSkill/skos:prefLabel ?label }")) {
            assertThat(focus.select("#facts").text()).contains(s.get("label"));
        }
        assertThat(focus.selectFirst("h1").text()).isEqualTo("Health Informatics");
    }

    @Test
    void aLevelShowsItsDefinitionAndItsTracksLadder() throws Exception {
        Document level = page("/id/level/P5");
        Map<String, String> l = TestQueries.one(store, "SELECT * WHERE { <" + Canon.id("level", "P5")
                + "> skos:definition ?definition ; canon:track/skos:notation ?track }");
        assertThat(level.selectFirst("#definition").text()).isEqualTo(l.get("definition"));
        List<QueryRow> ladder = runner.rows("levels", Map.of("track", l.get("track")), r -> r);
        assertThat(level.select("#levels tbody tr")).hasSize(ladder.size());
        assertThat(level.selectFirst("#levels tr.current").text()).contains("P5");
    }

    @Test
    void aSkillShowsTheRolesThatHoldItAndItsHierarchy() throws Exception {
        Document skill = page("/id/skill/critical-thinking");
        List<QueryRow> holders = runner.rows("skill-holders", Map.of("skill", "critical-thinking"), r -> r);
        assertThat(holders).isNotEmpty();
        holders.forEach(h -> assertThat(skill.select("#holders a[href=/id/profile/" + h.text("code") + "]")).isNotEmpty());
        List<QueryRow> above = runner.rows("hierarchy", Map.of("resource", Canon.id("skill", "critical-thinking")), r -> r);
        above.stream().filter(r -> r.text("relation").equals("broader")).forEach(r ->
                assertThat(skill.select(".crumbs a[href=" + Iris.href(r.text("concept")) + "]")).hasSize(1));
        above.stream().filter(r -> r.text("relation").equals("narrower")).forEach(r ->
                assertThat(skill.select("#hierarchy a[href=" + Iris.href(r.text("concept")) + "]")).hasSize(1));
        Model m = ResourceNegotiationTest.parse(skill.selectFirst("script[type=application/ld+json]").data(), Lang.JSONLD);
        Resource term = m.createResource(Canon.id("skill", "critical-thinking"));
        assertThat(m.contains(term, RDF.type, SchemaDO.DefinedTerm)).isTrue();
        assertThat(term.getProperty(SchemaDO.name).getString()).isEqualTo(skill.selectFirst("h1").text());
    }

    @Test
    void anyOtherResourceListsItsStatements() throws Exception {
        String iri = "https://w3id.org/canon/id/pay/HEALTH.HEALTHIN8668.M3";
        Document pay = page("/id/pay/HEALTH.HEALTHIN8668.M3");
        List<Map<String, String>> rows = TestQueries.select(store, "SELECT ?p ?o WHERE { <" + iri + "> ?p ?o }");
        assertThat(rows).isNotEmpty();
        rows.forEach(r -> assertThat(pay.select("#facts a[href=" + Iris.href(r.get("p")) + "]")).as(r.get("p")).isNotEmpty());
        // linked from the profile
        assertThat(pay.select("#incoming a[href=/id/profile/HEALTH.HEALTHIN8668.M3]")).isNotEmpty();
    }
}
