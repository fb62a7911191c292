package org.canon.graph.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.vocab.Canon;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The ontology's page ({@code templates/ontology.html}): the header of {@code ontology/canon.ttl} and each of its
 * terms with label, definition, and where it applies, anchored by its local name so that a term's IRI
 * ({@code https://w3id.org/canon/ontology#Profile}) lands on its entry.
 */
@Component
class OntologyPage {
    private final PageQueries queries;

    OntologyPage(PageQueries queries) {
        this.queries = queries;
    }

    /** A term of the ontology. */
    public record Term(String name, String iri, String label, String definition, List<Views.Value> about) {}

    /** A group of terms, e.g. the classes. */
    public record Group(String title, List<Term> terms) {}

    ModelAndView page(Model ontology) {
        Resource header = ontology.createResource(Canon.ONTOLOGY);
        ModelAndView mv = new ModelAndView("ontology");
        mv.addObject("iri", Canon.ONTOLOGY);
        mv.addObject("title", text(header, DCTerms.title, RDFS.label));
        mv.addObject("description", text(header, DCTerms.description, RDFS.comment));
        mv.addObject("version", text(header, OWL2.versionInfo));
        mv.addObject("groups", List.of(
                group(ontology, "Classes", OWL2.Class),
                group(ontology, "Object properties", OWL2.ObjectProperty),
                group(ontology, "Datatype properties", OWL2.DatatypeProperty),
                group(ontology, "Annotation properties", OWL2.AnnotationProperty),
                group(ontology, "Individuals", OWL2.NamedIndividual)));
        mv.addObject("jsonLd", JsonLd.definedTerm(Canon.ONTOLOGY, text(header, DCTerms.title, RDFS.label), null,
                text(header, DCTerms.description, RDFS.comment), null));
        return mv;
    }

    Model model() {
        return queries.ontology();
    }

    private Group group(Model m, String title, Resource type) {
        List<Term> terms = new ArrayList<>();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, type).toList()) {
            if (r.isURIResource() && r.getURI().startsWith(Canon.NS)) {
                terms.add(new Term(r.getLocalName(), r.getURI(), text(r, RDFS.label, SKOS.prefLabel),
                        text(r, SKOS.definition, RDFS.comment), about(r)));
            }
        }
        terms.sort(Comparator.comparing(Term::name));
        return new Group(title, terms);
    }

    /** Where the term sits: its types, superclasses, domain and range, when they are named. */
    private static List<Views.Value> about(Resource r) {
        List<Views.Value> about = new ArrayList<>();
        for (Map.Entry<String, Property> e : List.of(Map.entry("a", RDF.type), Map.entry("subclass of", RDFS.subClassOf),
                Map.entry("subproperty of", RDFS.subPropertyOf), Map.entry("domain", RDFS.domain),
                Map.entry("range", RDFS.range))) {
            for (Statement s : r.listProperties(e.getValue()).toList()) {
                RDFNode o = s.getObject();
                if (o.isURIResource() && !o.asResource().getURI().startsWith(OWL2.NS)) {
                    about.add(new Views.Value(e.getKey() + " " + RdfView.PREFIXES.shortForm(o.asResource().getURI()),
                            Iris.href(o.asResource().getURI()), null));
                }
            }
        }
        return about;
    }

    private static String text(Resource r, Property... properties) {
        for (Property p : properties) {
            Statement s = r.getProperty(p, "en");
            if (s == null) {
                s = r.getProperty(p);
            }
            if (s != null && s.getObject().isLiteral()) {
                return s.getString();
            }
        }
        return null;
    }
}
