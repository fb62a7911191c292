package org.canon.graph.release;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.vocab.Canon;

/**
 * The graph {@link Canon#GRAPH_RETIRED}: what is left of the Canon concepts that releases removed from the taxonomy,
 * so that their IRIs keep resolving. Each is a {@code skos:Concept} with {@code owl:deprecated true}, its code, title
 * and scheme as they last were, and {@code dcterms:isReplacedBy} when the curators had stated a replacement before
 * removing it. A concept that comes back into the taxonomy leaves this graph.
 */
final class Tombstones {
    private static final List<Node> KEPT = List.of(SKOS.notation.asNode(), SKOS.prefLabel.asNode(),
            SKOS.inScheme.asNode(), DCTerms.isReplacedBy.asNode());

    private Tombstones() {}

    /**
     * The retired graph after a release: {@code current} without the concepts that are in the new taxonomy, plus the
     * Canon concepts the release removed, described from the taxonomy before the release.
     */
    static Graph next(Graph current, List<ConceptChange> changes, Graph taxonomyBefore, Graph taxonomyAfter) {
        Graph next = GraphFactory.createDefaultGraph();
        current.find().filterDrop(t -> taxonomyAfter.contains(t.getSubject(), RDF.type.asNode(), Node.ANY))
                .forEach(next::add);
        Set<String> removed = changes.stream().filter(c -> c.type() == ConceptChange.Type.REMOVED)
                .map(ConceptChange::concept).filter(iri -> iri.startsWith(Canon.ID)).collect(Collectors.toSet());
        for (String iri : removed) {
            Node c = NodeFactory.createURI(iri);
            next.add(c, RDF.type.asNode(), SKOS.Concept.asNode());
            next.add(c, OWL2.deprecated.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            for (Node p : KEPT) {
                taxonomyBefore.find(c, p, Node.ANY).forEach(next::add);
            }
        }
        return next;
    }
}
