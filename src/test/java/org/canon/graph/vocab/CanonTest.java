package org.canon.graph.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The constants of {@link Canon} against {@code ontology/canon.ttl}: every constant names a term the ontology
 * declares (a subject typed there, in the Canon namespace), and every term the ontology declares has a constant.
 * The namespaces of the other vocabulary classes are the ones the ontology's prefixes give.
 */
class CanonTest {
    static Model ontology;

    @BeforeAll
    static void read() {
        ontology = RDFDataMgr.loadModel("ontology/canon.ttl");
    }

    /** IRIs of the terms canon.ttl declares: subjects in the Canon namespace with an rdf:type. */
    static Set<String> declared() {
        Set<String> terms = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type).forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Canon.NS)) {
                terms.add(s.getURI());
            }
        });
        return terms;
    }

    /** IRIs of the Resource and Property constants of {@link Canon}. */
    static Set<String> constants() throws IllegalAccessException {
        Set<String> iris = new TreeSet<>();
        for (Field f : Canon.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && RDFNode.class.isAssignableFrom(f.getType())) {
                iris.add(((Resource) f.get(null)).getURI());
            }
        }
        return iris;
    }

    @Test
    void everyConstantNamesATermOfTheOntology() throws IllegalAccessException {
        assertThat(declared()).containsAll(constants());
    }

    @Test
    void everyTermOfTheOntologyHasAConstant() throws IllegalAccessException {
        assertThat(constants()).containsAll(declared());
        assertThat(declared()).hasSizeGreaterThan(90);
    }

    @Test
    void constantsAreNamedAfterTheirTerm() throws IllegalAccessException {
        for (Field f : Canon.class.getFields()) {
            if (RDFNode.class.isAssignableFrom(f.getType())) {
                assertThat(((Resource) f.get(null)).getURI()).as(f.getName()).isEqualTo(Canon.NS + f.getName());
            }
        }
    }

    @Test
    void theOntologyIsTheOneTheConstantsPointTo() {
        assertThat(ontology.contains(ontology.createResource(Canon.ONTOLOGY), RDF.type, OWL2.Ontology)).isTrue();
        ontology.listSubjectsWithProperty(RDFS.isDefinedBy).forEachRemaining(s -> {
            if (s.getURI().startsWith(Canon.NS)) {
                assertThat(s.getPropertyResourceValue(RDFS.isDefinedBy).getURI()).isEqualTo(Canon.ONTOLOGY);
            }
        });
    }

    @Test
    void namespacesAreTheOnesTheOntologyDeclares() {
        Map<String, String> prefixes = ontology.getNsPrefixMap();
        assertThat(prefixes).containsEntry("canon", Canon.NS).containsEntry("cid", Canon.ID)
                .containsEntry("prov", Prov.NS).containsEntry("dqv", Dqv.NS).containsEntry("sssom", Sssom.NS)
                .containsEntry("semapv", Sssom.SEMAPV).containsEntry("schema", SchemaDO.NS)
                .containsEntry("skos", SKOS.uri).containsEntry("dcterms", DCTerms.NS);
        assertThat(Canon.profile("HEALTH.HEALTHIN8668.M3"))
                .isEqualTo(prefixes.get("cprof") + "HEALTH.HEALTHIN8668.M3");
    }
}
