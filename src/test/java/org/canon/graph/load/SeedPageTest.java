package org.canon.graph.load;

import org.canon.graph.source.SourceLayout;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canon.graph.TestQueries;
import org.canon.graph.TestStores;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every fact printed on the source profile page ({@code src/test/resources/seed/}) is in the graph loaded from the
 * shipped files, and comes back with SPARQL. The expected values are read from the page itself.
 */
class SeedPageTest {
    static final String CODE = "HEALTH.HEALTHIN8668.M3";
    static CanonStore store;
    static List<String> page;

    @BeforeAll
    static void load() throws IOException {
        page = Files.readAllLines(Path.of("src/test/resources/seed/canon-profile-HEALTH.HEALTHIN8668.M3.txt"),
                StandardCharsets.UTF_8);
        store = TestStores.open("seed");
        new CanonLoader().load(SourceLayout.folder(Path.of(".")), store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<Map<String, String>> select(String where) {
        return TestQueries.select(store, where);
    }

    static Map<String, String> one(String where) {
        return TestQueries.one(store, where);
    }

    /** Lines of the page between a heading line and the next heading. */
    static List<String> section(String heading, String next) {
        int start = page.indexOf(heading);
        int end = page.subList(start + 1, page.size()).indexOf(next) + start + 1;
        assertThat(start).as(heading).isNotNegative();
        return page.subList(start + 1, end).stream().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void identityAndRecordMetadata() {
        Map<String, String> p = one("""
                SELECT * WHERE {
                  ?p skos:notation "%s" ; skos:prefLabel ?title ; canon:function/skos:prefLabel ?function ;
                     canon:focus/skos:prefLabel ?focus ; canon:level ?level ; canon:recordStatus/skos:notation ?status ;
                     canon:confidenceBand/skos:notation ?band ; canon:confidenceScore ?score ; canon:region ?region ;
                     owl:versionInfo ?version .
                  ?level skos:notation ?levelCode ; canon:displayLabel ?levelLabel ; canon:typicalExperience ?years ;
                         canon:track/skos:prefLabel ?track .
                  FILTER NOT EXISTS { ?p skos:altLabel ?alias }
                }""".formatted(CODE));
        // header lines of the page: code, "Health Informatics — M3", function, and the record line
        assertThat(page).contains(CODE, p.get("title"), p.get("function"));
        assertThat(page).contains("Function · Focus", p.get("function") + " · " + p.get("focus"));
        assertThat(page).contains(p.get("levelCode") + " · " + p.get("levelLabel") + " · " + p.get("years"));
        String record = p.get("levelCode") + p.get("levelLabel") + p.get("band")
                + String.format("%.2f", Double.parseDouble(p.get("score"))) + p.get("status") + p.get("region")
                + p.get("version");
        assertThat(page).contains(record);
        assertThat(p.get("track")).isEqualToIgnoringCase("Management");
        assertThat(page).contains("No title aliases recorded for this profile yet.");
    }

    @Test
    void focusDescriptionScopeNoteAndDifferential() {
        Map<String, String> f = one("""
                SELECT * WHERE { ?p skos:notation "%s" ; canon:focus ?f .
                  ?f skos:definition ?definition ; skos:scopeNote ?scope ;
                     canon:skillDifferential/skos:notation ?skill ; canon:payDifferential/skos:notation ?pay }""".formatted(CODE));
        assertThat(page).contains(f.get("definition") + " " + f.get("scope"));
        assertThat(f.get("scope")).startsWith("Distinct from");
        String printed = page.stream().filter(l -> l.contains("differential vs the function baseline")).findFirst().orElseThrow();
        // "Material PAY and SKILL differential vs the function baseline."
        assertThat(printed.toLowerCase()).startsWith(f.get("pay") + " pay and skill");
        assertThat(f.get("skill")).isEqualTo(f.get("pay"));
    }

    @Test
    void responsibilitiesOfEveryLevel() {
        List<String> lines = section("Responsibilities by level", "Level guidelines");
        Map<String, List<String>> printed = new LinkedHashMap<>();
        String level = null;
        for (String line : lines) {
            Matcher m = Pattern.compile("^(M[1-5])(this profile)?$").matcher(line.trim());
            if (m.matches()) {
                level = m.group(1);
                printed.put(level, new ArrayList<>());
            } else if (level != null && line.trim().startsWith("•")) {
                printed.get(level).add(line.trim().substring(1).trim());
            }
        }
        assertThat(printed).containsOnlyKeys("M1", "M2", "M3", "M4", "M5");
        printed.forEach((lvl, expected) -> {
            assertThat(expected).hasSize(5);
            List<String> stored = select("""
                    SELECT ?text WHERE { ?p skos:notation "HEALTH.HEALTHIN8668.%s" ; canon:responsibility ?r .
                      ?r canon:order ?n ; dcterms:description ?text } ORDER BY ?n""".formatted(lvl))
                    .stream().map(r -> r.get("text")).toList();
            assertThat(stored).as(lvl).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void levelGuidelinesRubric() {
        List<String> rows = section("Level guidelines", "Skills").stream().filter(l -> l.matches("^M[1-5].+")).toList();
        assertThat(rows).hasSize(5);
        String header = page.stream().filter(l -> l.startsWith("LevelKnowledge")).findFirst().orElseThrow();
        List<Map<String, String>> dims = select("""
                SELECT ?label WHERE { ?d a canon:RubricDimension ; rdfs:label ?label ; canon:order ?n } ORDER BY ?n""");
        assertThat(header).isEqualTo("Level" + String.join("", dims.stream().map(d -> d.get("label")).toList()));
        for (String row : rows) {
            String level = row.substring(0, 2);
            List<String> cells = select("""
                    SELECT ?text WHERE { ?g a canon:LevelGuideline ; canon:appliesTo/skos:notation "HEALTHIN8668" ;
                      canon:level/skos:notation "%s" ; canon:rubricDimension/canon:order ?n ; dcterms:description ?text }
                    ORDER BY ?n""".formatted(level)).stream().map(r -> r.get("text")).toList();
            assertThat(cells).as(level).hasSize(4);
            assertThat(level + String.join("", cells)).isEqualTo(row);
        }
    }

    @Test
    void fourteenSkillsWithDefinitions() {
        List<String> lines = section("Skills", "Provenance");
        List<String> pairs = lines.subList(1, lines.size()); // first line is the section's lead
        assertThat(pairs).hasSize(28);
        // The page shows a skill by its display label where its preferred label carries a qualifier that keeps it
        // unique in the skills scheme ("Critical thinking (health IT)" is shown "Critical thinking").
        List<Map<String, String>> skills = select("""
                SELECT ?label ?definition WHERE { ?p skos:notation "%s" ; canon:focus/canon:focusSkill ?s .
                  ?s skos:prefLabel ?prefLabel ; skos:definition ?definition
                  OPTIONAL { ?s canon:displayLabel ?displayLabel }
                  BIND (STR(COALESCE(?displayLabel, ?prefLabel)) AS ?label) }""".formatted(CODE));
        assertThat(skills).hasSize(14);
        for (int i = 0; i < pairs.size(); i += 2) {
            Map<String, String> expected = Map.of("label", pairs.get(i), "definition", pairs.get(i + 1));
            assertThat(skills).contains(expected);
        }
    }

    @Test
    void marketPay() {
        Map<String, String> pay = one("""
                SELECT * WHERE { ?p skos:notation "%s" ; schema:estimatedSalary ?pay .
                  ?pay a schema:MonetaryAmountDistribution ; schema:median ?median ; schema:minValue ?min ;
                       schema:maxValue ?max ; schema:currency ?currency ; schema:duration ?period }""".formatted(CODE));
        String printed = "$%dk ($%dk$%dk)".formatted(k(pay.get("median")), k(pay.get("min")), k(pay.get("max")));
        assertThat(page).contains(printed);
        assertThat(pay.get("currency")).isEqualTo("USD");
        assertThat(pay.get("period")).isEqualTo("P1Y");
    }

    private static long k(String amount) {
        return Math.round(Double.parseDouble(amount) / 1000);
    }

    @Test
    void provenanceScoresPassRuleAndSources() {
        List<Map<String, String>> scores = select("""
                SELECT ?label ?value WHERE { ?p skos:notation "%s" ; canon:qualityAssessment/dqv:hasQualityMeasurement ?m .
                  ?m dqv:value ?value ; dqv:isMeasurementOf ?metric . ?metric rdfs:label ?label ; canon:order ?n }
                ORDER BY ?n""".formatted(CODE));
        StringBuilder line = new StringBuilder();
        scores.forEach(s -> line.append(s.get("label")).append(String.format("%.1f", Double.parseDouble(s.get("value")))));
        assertThat(page).contains(line.toString());
        Map<String, String> qa = one("""
                SELECT * WHERE { ?p skos:notation "%s" ; canon:qualityAssessment ?qa .
                  ?qa canon:passThreshold ?threshold ; canon:sourceCount ?sources ; prov:wasAttributedTo ?panel }""".formatted(CODE));
        assertThat(page).contains(qa.get("sources") + " sources");
        assertThat(Double.parseDouble(qa.get("threshold"))).isEqualTo(4.0);
        assertThat(page.stream().anyMatch(l -> l.contains("passes at ≥4 on the minimum dimension"))).isTrue();
    }

    @Test
    void genericLevelDefinition() {
        Map<String, String> l = one("""
                SELECT * WHERE { ?p skos:notation "%s" ; canon:level ?l .
                  ?l skos:definition ?definition ; canon:scope ?scope ; canon:autonomy ?autonomy ;
                     canon:complexity ?complexity ; canon:impact ?impact ; canon:decisionRights ?decisionRights ;
                     canon:leadership ?leadership ; canon:typicalExperience ?years ;
                     canon:minYearsExperience ?min ; canon:maxYearsExperience ?max }""".formatted(CODE));
        List<String> lines = section("Level — M3 — Senior Manager", "Adjacent roles");
        assertThat(lines.get(0)).isEqualTo(l.get("definition"));
        Map<String, String> printed = new LinkedHashMap<>();
        for (int i = 1; i + 1 < lines.size(); i += 2) {
            printed.put(lines.get(i), lines.get(i + 1));
        }
        assertThat(printed).containsExactly(Map.entry("Scope", l.get("scope")), Map.entry("Autonomy", l.get("autonomy")),
                Map.entry("Complexity", l.get("complexity")), Map.entry("Impact", l.get("impact")),
                Map.entry("Decision rights", l.get("decisionRights")), Map.entry("Leadership", l.get("leadership")),
                Map.entry("Typical experience", l.get("years")));
        assertThat(l.get("min") + "–" + l.get("max") + " yrs").isEqualTo(l.get("years"));
    }

    @Test
    void classificationMappingWithItsTool() {
        String printed = page.stream().filter(l -> l.contains("code=")).findFirst().orElseThrow().trim();
        Matcher m = Pattern.compile("code=(\\S+?)source=(\\S+)").matcher(printed.replace("•", "").replace(" ", ""));
        assertThat(m.find()).isTrue();
        List<Map<String, String>> rows = select("""
                SELECT ?target ?tool WHERE { ?p skos:notation "%s" .
                  ?ax owl:annotatedSource ?p ; owl:annotatedTarget ?target ; sssom:mapping_tool ?tool }""".formatted(CODE));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("target")).endsWith("/" + m.group(1));
            assertThat(r.get("tool")).isEqualTo(m.group(2));
        });
    }
}
