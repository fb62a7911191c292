package org.canon.graph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canon.graph.TestQueries;
import org.canon.graph.query.BadParameterException;
import org.canon.graph.suggest.SuggestionFixtures;
import org.canon.graph.text.TextCorpus;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Known answers of search and autocomplete over the shipped taxonomy and the hand-written external fixtures
 * (O*NET-SOC, SOC, ISCO-08, ESCO in {@code src/test/resources/external}), loaded and imported as the service does:
 * ranking, codes, filters, prefixes, and the errors of bad parameters.
 */
class SearchServiceTest {
    static final String M3 = "HEALTH.HEALTHIN8668.M3";
    static final String ESCO_SOFTWARE_DEVELOPER = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
    static SuggestionFixtures fixtures;
    static SearchService search;

    @BeforeAll
    static void open() {
        fixtures = SuggestionFixtures.open("search");
        search = new SearchService(fixtures.indexes, fixtures.store, Optional.of(iri -> Optional.of("/page-of/" + iri)));
    }

    @AfterAll
    static void close() {
        fixtures.close();
    }

    @Test
    void healthInformaticsRanksTheHealthInformaticsProfilesFirst() {
        List<String> focusProfiles = TestQueries.select(fixtures.store, """
                SELECT ?code WHERE { ?p a canon:Profile ; skos:notation ?code ; canon:focus/skos:notation "HEALTHIN8668" }""")
                .stream().map(r -> r.get("code")).toList();
        assertThat(focusProfiles).contains(M3).hasSizeGreaterThan(5);
        List<SearchHit> hits = search.search("health informatics", List.of(), List.of(), 30);
        assertThat(hits.subList(0, focusProfiles.size())).extracting(SearchHit::code)
                .containsExactlyInAnyOrderElementsOf(focusProfiles);
        // then the O*NET-SOC occupation and the focus named so; profiles of other health focuses only after them
        assertThat(hits.subList(focusProfiles.size(), focusProfiles.size() + 2)).extracting(SearchHit::code)
                .containsExactlyInAnyOrder("15-1211.01", "HEALTHIN8668");
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        SearchHit m3 = hits.stream().filter(h -> h.code().equals(M3)).findFirst().orElseThrow();
        assertThat(m3.title()).isEqualTo(TestQueries.one(fixtures.store,
                "SELECT ?t WHERE { <" + Canon.profile(M3) + "> skos:prefLabel ?t }").get("t"));
        assertThat(m3.iri()).isEqualTo(Canon.profile(M3));
        assertThat(m3.scheme()).isEqualTo("canon");
        assertThat(m3.type()).isEqualTo("profile");
        assertThat(m3.matched()).startsWith("title, alias");
        assertThat(m3.page()).isEqualTo("/page-of/" + Canon.profile(M3));
    }

    @Test
    void aCodeFindsItsConceptFirst() {
        Map<String, String> codes = Map.of(M3, Canon.profile(M3),
                "15-1211", "https://w3id.org/canon/external/soc2018/15-1211",
                "15-1211.01", "https://w3id.org/canon/external/onet-soc/15-1211.01",
                "1342", "http://data.europa.eu/esco/isco/C1342",
                "2512.4", ESCO_SOFTWARE_DEVELOPER,
                "HEALTHIN8668", Canon.id("focus", "HEALTHIN8668"));
        codes.forEach((code, iri) -> {
            SearchHit first = search.search(code, List.of(), List.of(), 5).get(0);
            assertThat(first.iri()).as(code).isEqualTo(iri);
            assertThat(first.matched()).as(code).contains("code");
        });
        // case and spaces around it do not matter
        assertThat(search.search("  health.healthin8668.m3 ", List.of(), List.of(), 1).get(0).code()).isEqualTo(M3);
    }

    @Test
    void anAlternateOrReportedTitleFindsItsOccupation() {
        // "Nursing Informatics Specialist" is a reported title of 15-1211.01 only
        SearchHit first = search.search("nursing informatics", List.of("onet-soc"), List.of(), 5).get(0);
        assertThat(first.code()).isEqualTo("15-1211.01");
        assertThat(first.matched()).contains("alias");
    }

    @Test
    void filtersBySchemeAndType() {
        List<SearchHit> isco = search.search("software developer", List.of("isco08"), List.of(), 20);
        assertThat(isco).isNotEmpty().allSatisfy(h -> assertThat(h.scheme()).isEqualTo("isco08"));
        assertThat(isco.get(0).code()).isEqualTo("2512");
        List<SearchHit> unitGroups = search.search("software developer", List.of(), List.of("unit-group"), 20);
        assertThat(unitGroups).isNotEmpty().allSatisfy(h -> assertThat(h.type()).isEqualTo("unit-group"));
        List<SearchHit> both = search.search("software developer", List.of("esco", "soc2018"), List.of("occupation"), 20);
        assertThat(both).extracting(SearchHit::scheme).containsOnly("esco", "soc2018");
        assertThat(both.get(0).iri()).isEqualTo(ESCO_SOFTWARE_DEVELOPER);
        // the skills of Canon, by their scheme; a comma-free list and case do not matter
        assertThat(search.search("critical thinking", List.of("Canon-Skills"), List.of(), 5))
                .extracting(SearchHit::iri).first().isEqualTo(Canon.id("skill", "critical-thinking"));
        // a known scheme that holds none of the words answers nothing
        assertThat(search.search("informatics", List.of("soc2010"), List.of(), 5)).isEmpty();
    }

    @Test
    void theIndexNamesItsSchemesAndTypesAsDocumented() {
        assertThat(TextCorpus.SCHEMES).containsAll(fixtures.indexes.current().orElseThrow().schemes());
        assertThat(TextCorpus.TYPES).containsAll(fixtures.indexes.current().orElseThrow().types());
        assertThat(fixtures.indexes.current().orElseThrow().schemes()).contains("canon", "canon-skills", "onet-soc",
                "onet-element", "soc2018", "soc2010", "isco08", "esco", "esco-skills");
        assertThat(search.search("working with computers", List.of("esco-skills"), List.of(), 1).get(0).type())
                .isEqualTo("skill-group");
    }

    @Test
    void suggestsNamesByPrefix() {
        List<Completion> c = search.suggest("health inf", List.of(), List.of(), 20);
        // the focus's name is the shortest label that starts so; then the profiles; the O*NET-SOC title too
        assertThat(c.get(0).iri()).isEqualTo(Canon.id("focus", "HEALTHIN8668"));
        assertThat(c).extracting(Completion::code).contains(M3, "15-1211.01");
        assertThat(c).allSatisfy(x -> assertThat(x.matched().toLowerCase()).contains("health inf"));
        assertThat(search.suggest("health inf", List.of(), List.of("profile"), 20)).extracting(Completion::type)
                .containsOnly("profile");
        assertThat(search.suggest("soft", List.of("esco"), List.of(), 5)).extracting(Completion::label)
                .containsExactly("software developer");
        // an alternative label completes too, and says which
        Completion analyst = search.suggest("clinical informatics an", List.of("onet-soc"), List.of(), 5).get(0);
        assertThat(analyst.code()).isEqualTo("15-1211.01");
        assertThat(analyst.matched()).isEqualTo("Clinical Informatics Analyst");
        // a code with a digit completes codes
        assertThat(search.suggest("15-125", List.of(), List.of(), 10)).extracting(Completion::code)
                .contains("15-1252", "15-1252.00").allSatisfy(code -> assertThat(code).startsWith("15-125"));
        assertThat(search.suggest("health", List.of(), List.of(), 3)).hasSize(3);
    }

    @Test
    void badParametersNameThemselves() {
        assertBad(() -> search.search(null, null, null, null), "q", "missing or blank");
        assertBad(() -> search.search("   ", null, null, null), "q", "missing or blank");
        assertBad(() -> search.search("x", null, null, null), "q", "2 to 200");
        assertBad(() -> search.search("a".repeat(201), null, null, null), "q", "201 characters");
        assertBad(() -> search.search("health", List.of("canon", "klingon"), null, null), "scheme", "klingon");
        assertBad(() -> search.search("health", null, List.of("planet"), null), "type", "planet");
        assertBad(() -> search.search("health", null, null, 0), "limit", "between 1 and 1000");
        assertBad(() -> search.search("health", null, null, 1001), "limit", "between 1 and 1000");
        assertBad(() -> search.suggest("", null, null, null), "q", "missing or blank");
        assertBad(() -> search.suggest("a".repeat(101), null, null, null), "q", "1 to 100");
        assertBad(() -> search.suggest("he", null, null, 51), "limit", "between 1 and 50");
        // the known values are listed in the message
        assertThatThrownBy(() -> search.search("health", List.of("klingon"), null, null))
                .hasMessageContaining("known: canon, canon-levels, canon-skills");
    }

    private static void assertBad(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter, String text) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BadParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo(parameter)).hasMessageContaining(text);
    }
}
