package org.canon.graph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The profile page of the source page's profile shows every fact the source page shows, each read here from the
 * graph with a query of its own; its embedded JSON-LD is a schema.org Occupation; every link of the page resolves.
 */
class ProfilePageTest extends ServiceTestBase {
    static final String CODE = "HEALTH.HEALTHIN8668.M3";
    static final String IRI = Canon.profile(CODE);
    @Autowired CanonStore store;
    @Autowired QueryRunner runner;
    static Document page;
    String text;

    @BeforeEach
    void open() throws Exception {
        if (page == null) {
            HttpResponse<String> r = get(api("/id/profile/" + CODE), "text/html");
            assertThat(r.statusCode()).isEqualTo(200);
            page = Jsoup.parse(r.body(), api("/id/profile/" + CODE));
        }
        text = page.text();
    }

    Map<String, String> one(String query) {
        return TestQueries.one(store, query);
    }

    List<Map<String, String>> select(String query) {
        return TestQueries.select(store, query);
    }

    @Test
    void identityRecordAndSummary() {
        Map<String, String> p = one("""
                SELECT * WHERE { <%s> skos:notation ?code ; skos:prefLabel ?title ;
                  canon:function/skos:prefLabel ?function ; canon:focus/skos:prefLabel ?focus ;
                  canon:level ?l ; canon:recordStatus/rdfs:label ?status ; canon:confidenceBand/rdfs:label ?band ;
                  canon:confidenceScore ?score ; canon:region ?region ; owl:versionInfo ?version ;
                  schema:estimatedSalary ?pay .
                  ?l canon:displayLabel ?level ; canon:typicalExperience ?experience .
                  ?pay schema:median ?median ; schema:minValue ?min ; schema:maxValue ?max ; schema:currency ?currency }""".formatted(IRI));
        assertThat(page.selectFirst("h1").text()).isEqualTo(p.get("title"));
        assertThat(page.selectFirst("#code").text()).isEqualTo(p.get("code"));
        assertThat(text).contains(p.get("function"), p.get("focus"), p.get("level"), p.get("experience"), p.get("status"),
                p.get("band"), p.get("region"), p.get("version"));
        assertThat(page.selectFirst("#record").text()).contains(new PageFormat().number(Double.valueOf(p.get("score"))));
        PageFormat fmt = new PageFormat();
        assertThat(page.selectFirst("#pay").text()).contains(fmt.money(Double.valueOf(p.get("median")), p.get("currency")),
                fmt.money(Double.valueOf(p.get("min")), p.get("currency")), fmt.money(Double.valueOf(p.get("max")), p.get("currency")));
    }

    @Test
    void focusTexts() {
        Map<String, String> f = one("""
                SELECT * WHERE { <%s> canon:focus ?f . ?f skos:definition ?definition ; skos:scopeNote ?scope ;
                  canon:skillDifferential/rdfs:label ?skill ; canon:payDifferential/rdfs:label ?pay }""".formatted(IRI));
        Element focus = page.selectFirst("#focus");
        assertThat(focus.text()).contains(f.get("definition"), f.get("scope"), f.get("skill"), f.get("pay"));
    }

    @Test
    void responsibilitiesOfEveryLevelOfTheTrackAndTheRubric() {
        List<Map<String, String>> resp = select("""
                SELECT ?level ?text WHERE { <%s> canon:focus ?f ; canon:level/canon:track ?t .
                  ?p canon:focus ?f ; canon:level ?l ; canon:responsibility/dcterms:description ?text .
                  ?l canon:track ?t ; skos:notation ?level }""".formatted(IRI));
        assertThat(resp).hasSizeGreaterThanOrEqualTo(25);
        Element section = page.selectFirst("#responsibilities");
        resp.forEach(r -> assertThat(section.text()).contains(r.get("level"), r.get("text")));
        assertThat(section.selectFirst("li.current h3").text()).contains(CODE.substring(CODE.lastIndexOf('.') + 1));
        List<Map<String, String>> cells = select("""
                SELECT ?text ?dimension WHERE { <%s> canon:focus ?f ; canon:level/canon:track ?t .
                  ?c a canon:LevelGuideline ; canon:appliesTo ?f ; canon:level/canon:track ?t ;
                     dcterms:description ?text ; canon:rubricDimension/rdfs:label ?dimension }""".formatted(IRI));
        assertThat(cells).hasSizeGreaterThanOrEqualTo(20);
        Element rubric = page.selectFirst("#level-guidelines");
        cells.forEach(c -> assertThat(rubric.text()).contains(c.get("text"), c.get("dimension")));
    }

    @Test
    void skillsWithDefinitionsAndWhereEachComesFrom() {
        List<Map<String, String>> skills = select("""
                SELECT ?s ?label ?definition WHERE { <%s> canon:focus/canon:focusSkill ?s .
                  ?s skos:prefLabel ?label ; skos:definition ?definition }""".formatted(IRI));
        assertThat(skills).hasSizeGreaterThanOrEqualTo(14);
        Element section = page.selectFirst("#skills");
        for (Map<String, String> s : skills) {
            assertThat(section.text()).contains(s.get("label"), s.get("definition"));
            assertThat(section.select("a[href=" + Iris.href(s.get("s")) + "]")).isNotEmpty();
        }
        assertThat(section.text()).contains("Focus", "Function baseline", "Track", "Level");
    }

    @Test
    void provenanceWithThePassRule() {
        Map<String, String> q = one("""
                SELECT * WHERE { <%s> canon:qualityAssessment ?q . ?q canon:passThreshold ?threshold ;
                  canon:sourceCount ?sources ; prov:wasAttributedTo/rdfs:label ?panel }""".formatted(IRI));
        Element section = page.selectFirst("#provenance");
        PageFormat fmt = new PageFormat();
        assertThat(section.text()).contains(q.get("sources") + " sources", q.get("panel"),
                fmt.score(Double.valueOf(q.get("threshold"))));
        List<Map<String, String>> scores = select("""
                SELECT ?dimension ?value WHERE { <%s> canon:qualityAssessment/dqv:hasQualityMeasurement ?m .
                  ?m dqv:value ?value ; dqv:isMeasurementOf/rdfs:label ?dimension }""".formatted(IRI));
        assertThat(scores).hasSize(5);
        double min = scores.stream().mapToDouble(s -> Double.parseDouble(s.get("value"))).min().orElseThrow();
        scores.forEach(s -> assertThat(section.text()).contains(s.get("dimension") + " " + fmt.score(Double.valueOf(s.get("value")))));
        assertThat(section.text()).contains(min >= Double.parseDouble(q.get("threshold")) ? "passes" : "does not pass");
    }

    @Test
    void levelAttributes() {
        Map<String, String> l = one("""
                SELECT * WHERE { <%s> canon:level ?l . ?l skos:definition ?definition ; canon:scope ?scope ;
                  canon:autonomy ?autonomy ; canon:complexity ?complexity ; canon:impact ?impact ;
                  canon:decisionRights ?rights ; canon:leadership ?leadership }""".formatted(IRI));
        Element section = page.selectFirst("#level");
        l.forEach((k, v) -> {
            if (!k.equals("l")) {
                assertThat(section.text()).as(k).contains(v);
            }
        });
    }

    @Test
    void adjacentRolesAndCrosswalkAsTheirQueriesAnswer() {
        List<QueryRow> adjacent = runner.rows("adjacency", Map.of("code", CODE), r -> r);
        assertThat(adjacent).isNotEmpty();
        Element section = page.selectFirst("#adjacent");
        PageFormat fmt = new PageFormat();
        for (QueryRow r : adjacent) {
            assertThat(section.select("a[href=/id/profile/" + r.text("profileCode") + "]")).isNotEmpty();
            assertThat(section.text()).contains(fmt.number(r.number("distance")), r.text("bandLabel"));
        }
        List<QueryRow> crosswalk = runner.rows("crosswalk", Map.of("code", CODE), r -> r);
        assertThat(crosswalk).isNotEmpty();
        Element cw = page.selectFirst("#crosswalk");
        crosswalk.forEach(r -> assertThat(cw.select("a[href=" + Iris.href(r.text("target")) + "]")).isNotEmpty());
        List<Map<String, String>> stated = select("""
                SELECT ?code ?tool WHERE { ?m owl:annotatedSource <%s> ; owl:annotatedTarget ?t .
                  OPTIONAL { ?m sssom:mapping_tool ?tool } BIND (REPLACE(STR(?t), "^.*/", "") AS ?code) }""".formatted(IRI));
        Element mappings = page.selectFirst("#mappings");
        stated.forEach(m -> assertThat(mappings.text()).contains(m.get("code"))
                .contains(m.getOrDefault("tool", "")));
    }

    @Test
    void aliasesOrTheirAbsence() {
        List<Map<String, String>> aliases = select("SELECT ?a WHERE { <%s> skos:altLabel ?a }".formatted(IRI));
        Element section = page.selectFirst("#aliases");
        if (aliases.isEmpty()) {
            assertThat(section.text()).contains("No title aliases recorded");
        } else {
            aliases.forEach(a -> assertThat(section.text()).contains(a.get("a")));
        }
    }

    @Test
    void everySectionOpensItsQuery() {
        for (String id : List.of("responsibilities", "skills", "provenance", "adjacent", "career-paths", "crosswalk")) {
            Element open = page.selectFirst("#" + id + " a.open");
            assertThat(open).as(id).isNotNull();
            assertThat(open.attr("href")).startsWith("/queries/").contains("HEALTH.HEALTHIN8668.M3");
        }
    }

    @Test
    void theEmbeddedJsonLdIsASchemaOrgOccupation() {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        Model m = ResourceNegotiationTest.parse(script.data(), Lang.JSONLD);
        Resource occupation = m.createResource(IRI);
        assertThat(m.contains(occupation, RDF.type, SchemaDO.Occupation)).isTrue();
        assertThat(occupation.getProperty(SchemaDO.name).getString()).isEqualTo(page.selectFirst("h1").text());
        // one DefinedTerm per skill the profile has directly (a skill given by two sources is one term)
        long direct = runner.rows("skills", Map.of("code", CODE), r -> r).stream()
                .filter(r -> Integer.valueOf(0).equals(r.integer("depth"))).map(r -> r.text("skill")).distinct().count();
        assertThat(occupation.listProperties(SchemaDO.skills).toList()).hasSize((int) direct);
        assertThat(m.listSubjectsWithProperty(RDF.type, SchemaDO.DefinedTerm).toList()).isNotEmpty();
    }

    @Test
    void everyLinkOfThePageAndOfTheHomePageResolves() throws Exception {
        assertThat(page.select("a[href]")).hasSizeGreaterThan(60);
        HttpClient follow = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        Set<String> links = new LinkedHashSet<>(internalLinks(page));
        HttpResponse<String> home = get(api("/"), "text/html");
        assertThat(home.statusCode()).isEqualTo(200);
        // the home page's links but its 132 profiles (the profile page has links to several)
        links.addAll(internalLinks(Jsoup.parse(home.body(), api("/"))).stream()
                .filter(u -> !u.startsWith(api("/id/profile/"))).toList());
        assertThat(links).hasSizeGreaterThan(60);
        for (String link : links) {
            HttpResponse<Void> r = follow.send(HttpRequest.newBuilder(URI.create(link)).header("Accept", "text/html").GET()
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).as(link).isEqualTo(200);
        }
    }

    /** The links of a page to this service, without fragments. */
    private List<String> internalLinks(Document doc) {
        return doc.select("a[href], link[href]").stream().map(a -> a.absUrl("href"))
                .filter(u -> u.startsWith(api("/"))).map(u -> u.replaceFirst("#.*$", "")).distinct().toList();
    }
}
