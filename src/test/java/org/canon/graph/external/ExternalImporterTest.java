package org.canon.graph.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canon.graph.external.StoreQueries.ask;
import static org.canon.graph.external.StoreQueries.count;
import static org.canon.graph.external.StoreQueries.select;
import static org.canon.graph.external.StoreQueries.value;

import java.util.List;
import org.canon.graph.TestStores;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the importers make of the fixtures: schemes, labels, hierarchy, ratings, tiers and crosswalks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalImporterTest {
    CanonStore store;
    ExternalImporter.ImportReport report;

    @BeforeAll
    void importFixtures() {
        store = TestStores.open("external");
        report = new ExternalImporter().importInto(List.of(Fixtures.root()), store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void oneGraphPerPublisherAndPerCrosswalk() {
        assertThat(report.graphSizes().keySet()).containsExactlyInAnyOrder(
                ExternalIris.GRAPH_ONET, ExternalIris.GRAPH_SOC2018, ExternalIris.GRAPH_ISCO, ExternalIris.GRAPH_ESCO,
                Canon.GRAPH_CROSSWALKS + "onet-soc-2019-to-soc-2018", Canon.GRAPH_CROSSWALKS + "soc-2010-to-soc-2018",
                Canon.GRAPH_CROSSWALKS + "isco-08-to-soc-2010", Canon.GRAPH_CROSSWALKS + "esco-occupation-isco",
                Canon.GRAPH_INFERRED);
        report.graphSizes().forEach((g, n) -> assertThat(store.size(g)).as(g).isEqualTo(n));
    }

    @Test
    void onetOccupationsWithTitlesDescriptionsAndAlternativeLabels() {
        assertThat(count(store, "?c skos:inScheme <https://w3id.org/canon/external/onet-soc> ; skos:topConceptOf ?s")).isEqualTo(5);
        assertThat(value(store, "SELECT ?l { onet:15-1211.01 skos:prefLabel ?l ; skos:notation \"15-1211.01\" }"))
                .isEqualTo("Health Informatics Specialists");
        assertThat(value(store, "SELECT ?d { onet:15-1211.00 skos:definition ?d }")).startsWith("Analyze how");
        assertThat(select(store, "SELECT ?l { onet:15-1211.01 skos:altLabel ?l } ORDER BY ?l"))
                .extracting(r -> r.get("l"))
                .containsExactly("Clinical Informatics Analyst", "EHR Analyst", "Nursing Informatics Specialist");
        assertThat(ask(store, "onet:15-1252.00 skos:altLabel \"Application Developer\"@en, \"App Developer\"@en")).isTrue();
        // an alternate title equal to the title is not an alternative label
        assertThat(ask(store, "onet:15-1211.00 skos:altLabel \"Computer Systems Analysts\"@en")).isFalse();
    }

    @Test
    void jobZonesOfTheOccupationsThatHaveOne() {
        assertThat(select(store, "SELECT ?c ?z { ?o canon:jobZone ?z ; skos:notation ?c FILTER(datatype(?z) = xsd:integer) } "
                + "ORDER BY ?c")).extracting(r -> r.get("c") + " " + r.get("z"))
                .containsExactly("11-9111.00 5", "15-1211.00 4", "15-1211.01 4", "15-1252.00 4");
    }

    @Test
    void contentModelHierarchyFromTheDottedIds() {
        assertThat(ask(store, "el:2.A.2.a skos:prefLabel \"Critical Thinking\"@en ; skos:broader el:2.A.2 . "
                + "el:2.A.2 skos:broader el:2.A . el:2.A skos:broader el:2 . "
                + "el:2 skos:topConceptOf <https://w3id.org/canon/external/onet-content-model>")).isTrue();
        assertThat(value(store, "SELECT ?d { el:2.C skos:definition ?d }")).contains("the \"what\" of work");
    }

    @Test
    void ratingsCombineImportanceAndLevel() {
        String rating = "<https://w3id.org/canon/external/onet-rating/15-1211.00/2.A.2.a>";
        assertThat(ask(store, rating + " a canon:OccupationRating ; canon:occupation onet:15-1211.00 ; "
                + "canon:element el:2.A.2.a ; canon:ratingDomain \"Skills\" ; canon:importance ?i ; canon:levelScore ?l "
                + "FILTER(?i = 4.0 && ?l = 4.5 && datatype(?i) = xsd:decimal)")).isTrue();
        assertThat(select(store, "SELECT ?d ?i ?l { ?r canon:occupation onet:15-1211.00 ; canon:element el:2.C.3.a ; "
                + "canon:ratingDomain ?d ; canon:importance ?i ; canon:levelScore ?l }"))
                .containsExactly(java.util.Map.of("d", "Knowledge", "i", "4.58", "l", "5.5"));
        assertThat(count(store, "?r a canon:OccupationRating")).isEqualTo(6);
    }

    @Test
    void relatedOccupationsWithTheirTiers() {
        assertThat(select(store, "SELECT ?t ?i { ?r a canon:RelatedOccupation ; canon:occupation onet:15-1211.01 ; "
                + "canon:relatedOccupation onet:15-1252.00 ; canon:relatednessTier ?t ; canon:relatedIndex ?i }"))
                .containsExactly(java.util.Map.of("t", "Supplemental", "i", "11"));
        assertThat(ask(store, "onet:15-1211.00 skos:related onet:15-1211.01")).isTrue();
        assertThat(count(store, "?r a canon:RelatedOccupation")).isEqualTo(6);
    }

    @Test
    void socHierarchyFollowsTheStructureFile() {
        assertThat(ask(store, "soc:15-1254 skos:broader soc:15-1250 . soc:15-1250 skos:broader soc:15-1200 . "
                + "soc:15-1200 skos:broader soc:15-0000 . soc:15-0000 skos:topConceptOf <https://w3id.org/canon/external/soc2018>"))
                .isTrue();
        assertThat(value(store, "SELECT ?d { soc:15-1211 skos:definition ?d }")).startsWith("Analyze data processing");
        assertThat(count(store, "?c skos:inScheme <https://w3id.org/canon/external/soc2018> ; skos:definition ?d")).isEqualTo(5);
    }

    @Test
    void iscoGroupsUnderTheirParentsWithEscoIris() {
        assertThat(value(store, "SELECT ?l { isco:C2511 skos:prefLabel ?l ; skos:notation \"2511\" ; "
                + "skos:inScheme <http://data.europa.eu/esco/concept-scheme/isco> }")).isEqualTo("Systems Analysts");
        assertThat(ask(store, "isco:C2511 skos:broader isco:C251 . isco:C251 skos:broader isco:C25 . "
                + "isco:C25 skos:broader isco:C2 . isco:C2 skos:topConceptOf <http://data.europa.eu/esco/concept-scheme/isco>"))
                .isTrue();
    }

    @Test
    void escoOccupationsAndSkills() {
        assertThat(ask(store, "occ:a6a0b60f-08da-4faa-bf54-942987efb471 a esco:Occupation ; skos:prefLabel \"ICT system analyst\"@en ; "
                + "skos:notation \"2511.13\" ; skos:altLabel \"system analyst\"@en ; "
                + "skos:topConceptOf <http://data.europa.eu/esco/concept-scheme/occupations> ; "
                + "skos:inScheme <http://data.europa.eu/esco/concept-scheme/member-occupations>")).isTrue();
        assertThat(ask(store, "occ:a6a0b60f-08da-4faa-bf54-942987efb471 skos:altLabel \"ICT system analyst\"@en")).isFalse();
        assertThat(ask(store, "occ:0c1d2e3f-4a5b-4c6d-8e7f-901234567890 skos:broader occ:f2b15a0e-e65a-438a-affb-29b9d50b77d1 ; "
                + "skos:hiddenLabel \"app coder\"@en ; skos:scopeNote \"Excludes web developers.\"@en")).isTrue();
        assertThat(ask(store, "?any skos:broader isco:C2511")).as("ESCO occupations reach ISCO through the mapping set").isFalse();
        String skill = "<http://data.europa.eu/esco/skill/";
        assertThat(ask(store, skill + "2b2b2b2b-0000-4000-8000-00000000a002> skos:broader " + skill + "2b2b2b2b-0000-4000-8000-00000000a001> . "
                + skill + "2b2b2b2b-0000-4000-8000-00000000a001> a esco:Skill ; skos:broader ?group . "
                + "?group skos:notation \"S5.6\" ; skos:broader/skos:broader ?top . ?top skos:prefLabel \"skills\"@en ; "
                + "skos:topConceptOf <http://data.europa.eu/esco/concept-scheme/skills-hierarchy>")).isTrue();
    }

    @Test
    void escoSkillsHaveTheNamesOfTheLabelsFile() {
        String skill = "<http://data.europa.eu/esco/skill/2b2b2b2b-0000-4000-8000-00000000";
        assertThat(value(store, "SELECT ?l { " + skill + "a001> skos:prefLabel ?l }")).isEqualTo("analyse ICT systems");
        assertThat(ask(store, skill + "a002> skos:prefLabel \"define, document and test system requirements\"@en ; "
                + "skos:altLabel \"specify system requirements\"@en, \"system requirements analysis\"@en ; "
                + "skos:definition \"Determine the requirements a system must meet and record them.\"@en")).isTrue();
        // a skill the file does not name keeps no label; a row naming a skill not in the pillar adds nothing
        assertThat(ask(store, skill + "b001> a esco:Skill FILTER NOT EXISTS { " + skill + "b001> skos:prefLabel ?l }")).isTrue();
        assertThat(ask(store, skill + "c001> ?p ?o")).isFalse();
        assertThat(report.sources()).contains("esco_skill_labels_api_harvest_2026-06.csv (labels for 2 of the 3 skills of "
                + "broaderRelationsSkillPillar_en.csv; 1 row(s) naming other skills skipped)");
    }

    @Test
    void crosswalkPredicatesFollowThePublishedRows() {
        assertThat(ask(store, "onet:15-1211.00 skos:exactMatch soc:15-1211 . onet:15-1211.01 skos:broadMatch soc:15-1211")).isTrue();
        assertThat(ask(store, "soc10:11-9111 skos:exactMatch soc:11-9111 . soc10:15-1121 skos:broadMatch soc:15-1211 . "
                + "soc10:15-1133 skos:broadMatch soc:15-1252 . soc10:15-1134 skos:narrowMatch soc:15-1254, soc:15-1255 . "
                + "soc10:15-1199 skos:closeMatch soc:15-1211, soc:15-1252")).isTrue();
        assertThat(ask(store, "isco:C1342 skos:exactMatch soc10:11-9111 . isco:C2511 skos:narrowMatch soc10:15-1121 . "
                + "isco:C2511 skos:closeMatch soc10:15-1199 . isco:C2529 skos:broadMatch soc10:15-1199")).isTrue();
        assertThat(ask(store, "occ:a6a0b60f-08da-4faa-bf54-942987efb471 skos:broadMatch isco:C2511")).isTrue();
    }

    @Test
    void mappingSetsInSssomRdfForm() {
        String set = "<https://w3id.org/canon/mappings/isco-08-to-soc-2010>";
        assertThat(ask(store, "GRAPH <" + Canon.GRAPH_CROSSWALKS + "isco-08-to-soc-2010> { " + set + " a sssom:MappingSet ; "
                + "<http://purl.org/dc/terms/license> ?licence ; sssom:mapping_set_version ?version ; sssom:mappings ?m . "
                + "?m owl:annotatedSource isco:C2511 ; owl:annotatedProperty skos:closeMatch ; owl:annotatedTarget soc10:15-1199 ; "
                + "sssom:mapping_justification <https://w3id.org/semapv/vocab/ManualMappingCuration> ; "
                + "sssom:confidence 0.5 ; sssom:author_id <https://www.bls.gov/soc/> ; sssom:comment ?c "
                + "FILTER(CONTAINS(?c, 'partial')) }")).isTrue();
        assertThat(value(store, "SELECT ?c { ?m owl:annotatedSource isco:C2511 ; owl:annotatedTarget soc10:15-1121 ; sssom:comment ?c }"))
                .contains("BLS marks this match partial").contains("recommended match 8/18/11");
        assertThat(value(store, "SELECT ?l { ?m owl:annotatedSource isco:C2511 ; owl:annotatedTarget soc10:15-1121 ; sssom:object_label ?l }"))
                .isEqualTo("Computer Systems Analysts");
    }
}
