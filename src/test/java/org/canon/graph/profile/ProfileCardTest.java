package org.canon.graph.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.canon.graph.TestQueries;
import org.canon.graph.TestStores;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The card the service assembles for the source page's profile, HEALTH.HEALTHIN8668.M3, and for two others,
 * over a store loaded from the shipped sources. Every expected value is read from the graph with a SPARQL query
 * of its own, not copied from the page.
 */
class ProfileCardTest {
    static final String CODE = "HEALTH.HEALTHIN8668.M3";
    static CanonStore store;
    static ProfileService profiles;
    static ProfileCard card;

    @BeforeAll
    static void load() {
        store = TestStores.open("card");
        SourceLayout layout = SourceLayout.folder(Path.of("."));
        new CanonLoader().load(layout, store);
        profiles = new ProfileService(new QueryRunner(store, new QueryCatalog(layout), QueryRunner.Limits.DEFAULTS), store);
        card = profiles.card(CODE).orElseThrow();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<Map<String, String>> select(String query) {
        return TestQueries.select(store, query);
    }

    static Map<String, String> one(String query) {
        return TestQueries.one(store, query);
    }

    static List<String> column(String query, String column) {
        return select(query).stream().map(r -> r.get(column)).toList();
    }

    @Test
    void identityAndRecordMetadata() {
        Map<String, String> p = one("""
                SELECT * WHERE { ?p skos:notation "%s" ; skos:prefLabel ?title ; canon:function ?fn ; canon:focus ?f ;
                  canon:recordStatus/rdfs:label ?status ; canon:confidenceBand/rdfs:label ?band ; canon:confidenceScore ?score ;
                  canon:region ?region ; owl:versionInfo ?version .
                  ?fn skos:notation ?fnCode ; skos:prefLabel ?fnLabel . ?f skos:notation ?fCode ; skos:prefLabel ?fLabel }"""
                .formatted(CODE));
        assertThat(card.code()).isEqualTo(CODE);
        assertThat(card.iri()).isEqualTo(p.get("p")).isEqualTo(Canon.profile(CODE));
        assertThat(card.title()).isEqualTo(p.get("title"));
        assertThat(card.aliases()).containsExactlyElementsOf(column("""
                SELECT ?a WHERE { ?p skos:notation "%s" ; skos:altLabel ?a } ORDER BY ?a""".formatted(CODE), "a"));
        assertThat(card.function()).isEqualTo(new ProfileCard.Concept(p.get("fnCode"), p.get("fnLabel"), p.get("fn")));
        assertThat(card.focus().code()).isEqualTo(p.get("fCode"));
        assertThat(card.focus().label()).isEqualTo(p.get("fLabel"));
        assertThat(card.record()).isEqualTo(new ProfileCard.RecordMetadata(p.get("status"), p.get("band"),
                Double.valueOf(p.get("score")), p.get("region"), p.get("version")));
    }

    @Test
    void focusTexts() {
        Map<String, String> f = one("""
                SELECT * WHERE { ?p skos:notation "%s" ; canon:focus ?f . ?f skos:definition ?definition ;
                  skos:scopeNote ?scope ; canon:skillDifferential/rdfs:label ?skill ; canon:payDifferential/rdfs:label ?pay }"""
                .formatted(CODE));
        assertThat(card.focus().definition()).isEqualTo(f.get("definition"));
        assertThat(card.focus().scopeNote()).isEqualTo(f.get("scope"));
        assertThat(card.focus().skillDifferential()).isEqualTo(f.get("skill"));
        assertThat(card.focus().payDifferential()).isEqualTo(f.get("pay"));
    }

    @Test
    void levelDefinition() {
        Map<String, String> l = one("""
                SELECT * WHERE { ?p skos:notation "%s" ; canon:level ?l . ?l skos:notation ?code ; canon:displayLabel ?display ;
                  canon:track/skos:prefLabel ?track ; canon:rank ?rank ; canon:grade ?grade ; skos:definition ?definition ;
                  canon:scope ?scope ; canon:autonomy ?autonomy ; canon:complexity ?complexity ; canon:impact ?impact ;
                  canon:decisionRights ?decisionRights ; canon:leadership ?leadership ; canon:typicalExperience ?years ;
                  canon:minYearsExperience ?min ; canon:maxYearsExperience ?max }""".formatted(CODE));
        ProfileCard.Level level = card.level();
        assertThat(level.code()).isEqualTo(l.get("code"));
        assertThat(level.iri()).isEqualTo(l.get("l"));
        assertThat(level.displayLabel()).isEqualTo(l.get("display"));
        assertThat(level.track()).isEqualTo(l.get("track"));
        assertThat(level.rank()).isEqualTo(Integer.valueOf(l.get("rank")));
        assertThat(level.grade()).isEqualTo(Integer.valueOf(l.get("grade")));
        assertThat(List.of(level.definition(), level.scope(), level.autonomy(), level.complexity(), level.impact(),
                level.decisionRights(), level.leadership(), level.typicalExperience())).containsExactly(l.get("definition"),
                l.get("scope"), l.get("autonomy"), l.get("complexity"), l.get("impact"), l.get("decisionRights"),
                l.get("leadership"), l.get("years"));
        assertThat(level.minYearsExperience()).isEqualTo(Integer.valueOf(l.get("min")));
        assertThat(level.maxYearsExperience()).isEqualTo(Integer.valueOf(l.get("max")));
    }

    @Test
    void theLadderHoldsEveryLevelOfTheTrackInRankOrder() {
        assertLadder(card, CODE);
        ProfileCard otherTrack = profiles.card("HEALTH.HEALTHIN8668.P5").orElseThrow();
        assertLadder(otherTrack, "HEALTH.HEALTHIN8668.P5");
        assertThat(otherTrack.responsibilitiesByLevel()).extracting(ProfileCard.Rung::level).allMatch(l -> l.startsWith("P"));
    }

    static void assertLadder(ProfileCard c, String code) {
        List<String> expected = column("""
                SELECT ?sib WHERE { ?p skos:notation "%s" ; canon:focus ?f ; canon:level/canon:track ?t .
                  ?s canon:focus ?f ; canon:level ?l ; skos:notation ?sib . ?l canon:track ?t ; canon:rank ?r } ORDER BY ?r"""
                .formatted(code), "sib");
        assertThat(c.responsibilitiesByLevel()).extracting(ProfileCard.Rung::profile).containsExactlyElementsOf(expected);
        assertThat(c.responsibilitiesByLevel()).filteredOn(ProfileCard.Rung::current).extracting(ProfileCard.Rung::profile)
                .containsExactly(code);
        for (ProfileCard.Rung rung : c.responsibilitiesByLevel()) {
            assertThat(rung.responsibilities()).as(rung.profile()).isNotEmpty().containsExactlyElementsOf(column("""
                    SELECT ?text WHERE { ?p skos:notation "%s" ; canon:responsibility ?r .
                      ?r canon:order ?n ; dcterms:description ?text } ORDER BY ?n""".formatted(rung.profile()), "text"));
            assertThat(rung.profile()).endsWith("." + rung.level());
        }
    }

    /** The rubric rows of the profile's track: the focus's own cells, or the function's when the focus has none. */
    @Test
    void theRubricIsTheFocusOwnOrElseTheFunctions() {
        assertRubric(card, CODE);
        for (Map<String, String> other : select("""
                SELECT (SAMPLE(?code) AS ?c) WHERE { ?p a canon:Profile ; skos:notation ?code ; canon:focus ?f .
                  FILTER NOT EXISTS { ?g canon:appliesTo ?f } } GROUP BY ?f LIMIT 1""")) {
            assertRubric(profiles.card(other.get("c")).orElseThrow(), other.get("c"));
        }
    }

    static void assertRubric(ProfileCard c, String code) {
        List<Map<String, String>> cells = select("""
                SELECT ?level ?dimension ?text WHERE {
                  ?p skos:notation "%s" ; canon:focus ?f ; canon:function ?fn ; canon:level/canon:track ?track .
                  OPTIONAL { ?own canon:appliesTo ?f }
                  BIND (IF(BOUND(?own), ?f, ?fn) AS ?owner)
                  ?g a canon:LevelGuideline ; canon:appliesTo ?owner ; canon:level ?l ; canon:rubricDimension ?d ;
                     dcterms:description ?text .
                  ?l skos:notation ?level ; canon:rank ?rank ; canon:track ?track .
                  ?d rdfs:label ?dimension ; canon:order ?n }
                GROUP BY ?level ?dimension ?text ?track ?rank ?n ORDER BY ?track ?rank ?n""".formatted(code));
        assertThat(cells).as(code).isNotEmpty();
        List<String> flat = new ArrayList<>();
        c.levelGuidelines().forEach(row -> row.cells().forEach(cell -> flat.add(row.level() + "|" + cell.dimension()
                + "|" + cell.text())));
        assertThat(flat).as(code).containsExactlyInAnyOrderElementsOf(
                cells.stream().map(r -> r.get("level") + "|" + r.get("dimension") + "|" + r.get("text")).toList());
        c.levelGuidelines().forEach(row -> assertThat(row.cells()).extracting(ProfileCard.RubricCell::dimension)
                .containsExactlyElementsOf(column("SELECT ?l WHERE { ?d a canon:RubricDimension ; rdfs:label ?l ; canon:order ?n } ORDER BY ?n", "l")));
    }

    @Test
    void skillsAreTheDirectSkillsEachWithItsSource() {
        List<Map<String, String>> focusSkills = select("""
                SELECT ?s ?label ?definition WHERE { ?p skos:notation "%s" ; canon:focus/canon:focusSkill ?s .
                  ?s skos:prefLabel ?label ; skos:definition ?definition }""".formatted(CODE));
        assertThat(card.skills()).filteredOn(s -> Canon.FocusSkillSource.getURI().equals(s.sourceIri()))
                .extracting(s -> Map.of("s", s.iri(), "label", s.label(), "definition", s.definition()))
                .containsExactlyInAnyOrderElementsOf(focusSkills);
        List<String> baseline = column("""
                SELECT ?s WHERE { ?p skos:notation "%s" ; canon:function/canon:baselineSkill ?s }""".formatted(CODE), "s");
        assertThat(card.skills()).filteredOn(s -> Canon.FunctionBaselineSource.getURI().equals(s.sourceIri()))
                .extracting(ProfileCard.Skill::iri).containsExactlyInAnyOrderElementsOf(baseline);
        assertThat(card.skills()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
        assertThat(card.skills()).hasSize(profiles.skills(CODE).stream().filter(s -> s.depth() != null && s.depth() == 0)
                .toList().size());
    }

    @Test
    void marketPay() {
        Map<String, String> pay = one("""
                SELECT * WHERE { ?p skos:notation "%s" ; schema:estimatedSalary ?pay . ?pay schema:median ?median ;
                  schema:minValue ?min ; schema:maxValue ?max ; schema:currency ?currency ; schema:duration ?period }"""
                .formatted(CODE));
        assertThat(card.marketPay()).isEqualTo(new ProfileCard.Pay(pay.get("currency"), Double.valueOf(pay.get("median")),
                Double.valueOf(pay.get("min")), Double.valueOf(pay.get("max")), pay.get("period")));
    }

    @Test
    void provenanceWithThePassRule() {
        List<Map<String, String>> scores = select("""
                SELECT ?label ?value WHERE { ?p skos:notation "%s" ; canon:qualityAssessment/dqv:hasQualityMeasurement ?m .
                  ?m dqv:value ?value ; dqv:isMeasurementOf ?metric . ?metric rdfs:label ?label ; canon:order ?n } ORDER BY ?n"""
                .formatted(CODE));
        Map<String, String> qa = one("""
                SELECT * WHERE { ?p skos:notation "%s" ; canon:qualityAssessment ?qa . ?qa canon:passThreshold ?threshold ;
                  canon:sourceCount ?sources ; prov:wasAttributedTo/rdfs:label ?panel }""".formatted(CODE));
        ProfileCard.Provenance p = card.provenance();
        assertThat(p.scores()).containsExactlyElementsOf(scores.stream()
                .map(s -> new ProfileCard.Score(s.get("label"), Double.valueOf(s.get("value")))).toList());
        double lowest = scores.stream().mapToDouble(s -> Double.parseDouble(s.get("value"))).min().orElseThrow();
        assertThat(p.minimum()).isEqualTo(lowest);
        assertThat(p.passThreshold()).isEqualTo(Double.valueOf(qa.get("threshold")));
        assertThat(p.passed()).isEqualTo(lowest >= Double.parseDouble(qa.get("threshold")));
        assertThat(p.sourceCount()).isEqualTo(Integer.valueOf(qa.get("sources")));
        assertThat(p.assessedBy()).isEqualTo(qa.get("panel"));
    }

    @Test
    void adjacentRolesAreTheAdjacencyQuerysNearestProfiles() {
        assertThat(card.adjacentRoles()).isNotEmpty().isEqualTo(profiles.adjacent(CODE, null, null, null));
        assertThat(card.adjacentRoles()).extracting(AdjacentRole::profileCode).doesNotContain(CODE);
        assertThat(card.adjacentRoles()).extracting(AdjacentRole::distance).isSorted();
    }

    @Test
    void mappingsAreTheProfilesMappingRecordsByCode() {
        List<Map<String, String>> records = select("""
                SELECT ?ax ?target ?predicate ?tool WHERE { ?p skos:notation "%s" . ?ax owl:annotatedSource ?p ;
                  owl:annotatedTarget ?target ; owl:annotatedProperty ?predicate OPTIONAL { ?ax sssom:mapping_tool ?tool } }"""
                .formatted(CODE));
        assertThat(card.mappings()).hasSameSizeAs(records);
        assertThat(card.mappings()).extracting(ProfileCard.Mapping::code).isSorted();
        for (Map<String, String> r : records) {
            assertThat(card.mappings()).anySatisfy(m -> {
                assertThat(m.mapping()).isEqualTo(r.get("ax"));
                assertThat(m.target()).isEqualTo(r.get("target"));
                assertThat(m.predicate()).isEqualTo(r.get("predicate"));
                assertThat(m.tool()).isEqualTo(r.get("tool"));
                assertThat(r.get("target")).endsWith("/" + m.code());
            });
        }
    }

    @Test
    void noCardForAnUnknownCode() {
        assertThat(profiles.card("HEALTH.NOPE0000.M3")).isEmpty();
    }
}
