package org.canon.graph.external;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes SKOS concept schemes into a graph: schemes with their publisher and release, concepts with notation,
 * English labels and definition, the hierarchy ({@code skos:broader} only, plus {@code skos:topConceptOf} and
 * {@code skos:hasTopConcept} for top levels). Empty texts are skipped; an alternative label equal to the
 * preferred label is skipped (SKOS makes them disjoint).
 */
final class SkosGraph {
    private final Graph graph = GraphFactory.createDefaultGraph();

    Graph graph() {
        return graph;
    }

    /** A concept scheme, titled, with its publisher, terms of reuse and release. */
    void scheme(String scheme, String title, Publisher publisher, String release) {
        Node s = uri(scheme);
        add(s, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        add(s, SKOS.prefLabel.asNode(), en(title));
        add(s, DCTerms.title.asNode(), en(title));
        add(s, DCTerms.publisher.asNode(), uri(publisher.iri()));
        add(s, DCTerms.rights.asNode(), en(publisher.rights()));
        if (publisher.licence() != null) {
            add(s, DCTerms.license.asNode(), uri(publisher.licence()));
        }
        add(s, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(release));
    }

    /** A concept in a scheme with its code and preferred label. */
    void concept(String concept, String scheme, String notation, String prefLabel) {
        Node c = uri(concept);
        add(c, RDF.type.asNode(), SKOS.Concept.asNode());
        add(c, SKOS.inScheme.asNode(), uri(scheme));
        if (!notation.isEmpty()) {
            add(c, SKOS.notation.asNode(), NodeFactory.createLiteralString(notation));
        }
        text(concept, SKOS.prefLabel.asNode(), prefLabel);
    }

    void inScheme(String concept, String scheme) {
        add(uri(concept), SKOS.inScheme.asNode(), uri(scheme));
    }

    void definition(String concept, String text) {
        text(concept, SKOS.definition.asNode(), text);
    }

    void scopeNote(String concept, String text) {
        text(concept, SKOS.scopeNote.asNode(), text);
    }

    void altLabel(String concept, String label) {
        Node c = uri(concept);
        if (!label.isBlank() && !graph.contains(c, SKOS.prefLabel.asNode(), en(label.trim()))) {
            add(c, SKOS.altLabel.asNode(), en(label.trim()));
        }
    }

    void hiddenLabel(String concept, String label) {
        text(concept, SKOS.hiddenLabel.asNode(), label);
    }

    void broader(String narrower, String broader) {
        add(uri(narrower), SKOS.broader.asNode(), uri(broader));
    }

    void topConcept(String concept, String scheme) {
        add(uri(concept), SKOS.topConceptOf.asNode(), uri(scheme));
        add(uri(scheme), SKOS.hasTopConcept.asNode(), uri(concept));
    }

    void type(String resource, String type) {
        add(uri(resource), RDF.type.asNode(), uri(type));
    }

    void link(String subject, String property, String object) {
        add(uri(subject), uri(property), uri(object));
    }

    void string(String subject, String property, String value) {
        add(uri(subject), uri(property), NodeFactory.createLiteralString(value));
    }

    void decimal(String subject, String property, BigDecimal value) {
        add(uri(subject), uri(property), NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal));
    }

    void integer(String subject, String property, long value) {
        add(uri(subject), uri(property), NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    /** Whether {@code concept} is a concept of {@code scheme} in this graph. */
    boolean inSchemeOf(String concept, String scheme) {
        return graph.contains(uri(concept), SKOS.inScheme.asNode(), uri(scheme));
    }

    private void text(String subject, Node property, String text) {
        if (text != null && !text.isBlank()) {
            add(uri(subject), property, en(text.trim()));
        }
    }

    private void add(Node s, Node p, Node o) {
        graph.add(s, p, o);
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
