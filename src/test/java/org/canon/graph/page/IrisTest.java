package org.canon.graph.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which IRIs have pages here, at which path, and back. */
class IrisTest {

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({
            "https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.M3, /id/profile/HEALTH.HEALTHIN8668.M3",
            "https://w3id.org/canon/id/skill-group/analytical, /id/skill-group/analytical",
            "https://w3id.org/canon/external/onet-soc/11-9111.00, /external/onet-soc/11-9111.00",
            "https://w3id.org/canon/external/soc2018/15-1211, /external/soc2018/15-1211",
            "http://data.europa.eu/esco/isco/C1342, /external/isco08/1342",
            "http://data.europa.eu/esco/occupation/0b9f0b2b-1f51-4a49-8a19-8a8b4c5e8c11, /external/esco/0b9f0b2b-1f51-4a49-8a19-8a8b4c5e8c11",
            "http://data.europa.eu/esco/skill/5f0e5b3f-8b61-4b9e-a7b8-2f6d1d1c9e1a, /external/esco-skill/5f0e5b3f-8b61-4b9e-a7b8-2f6d1d1c9e1a",
            "https://w3id.org/canon/mappings/canon-soc-resolver, /mappings/canon-soc-resolver"})
    void pageAndBack(String iri, String path) {
        assertThat(Iris.page(iri)).contains(path);
        assertThat(Iris.iri(path)).contains(iri);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://w3id.org/canon/ontology, /ontology",
            "https://w3id.org/canon/ontology#Profile, /ontology#Profile",
            "http://www.w3.org/2004/02/skos/core#broadMatch, http://www.w3.org/2004/02/skos/core#broadMatch"})
    void ontologyTermsGoToTheOntologyAndOthersToThemselves(String iri, String href) {
        assertThat(Iris.href(iri)).isEqualTo(href);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/id/", "/external/", "/elsewhere/x", "/id"})
    void pathsWithoutAResourceStandForNoIri(String path) {
        assertThat(Iris.iri(path)).isEmpty();
    }
}
