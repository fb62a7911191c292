package org.canon.graph.external;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;

/**
 * The concepts of each scheme that crosswalk rows may refer to: those of the graphs imported in this run or,
 * for a scheme this run does not import, those already in the store (so that a crosswalk folder can be
 * imported alone after its schemes). SOC 2010, of which no scheme is imported, is known from the subjects of
 * the SOC 2010 to SOC 2018 crosswalk.
 */
final class KnownConcepts {
    private final Map<String, Graph> imported;
    private final CanonStore store;
    private final Map<String, Set<String>> concepts = new HashMap<>();
    private final Map<String, String> sources = new HashMap<>();

    KnownConcepts(Map<String, Graph> imported, CanonStore store) {
        this.imported = imported;
        this.store = store;
    }

    /** Declares the concepts of a scheme that has no graph of its own (SOC 2010). */
    void declare(String scheme, Set<String> iris, String source) {
        concepts.put(scheme, iris);
        sources.put(scheme, source);
    }

    boolean contains(String scheme, String iri) {
        return concepts(scheme).contains(iri);
    }

    boolean isEmpty(String scheme) {
        return concepts(scheme).isEmpty();
    }

    /** The scheme and where its concepts were found, for messages. */
    String describe(String scheme) {
        concepts(scheme);
        return scheme + " (" + sources.get(scheme) + ")";
    }

    private Set<String> concepts(String scheme) {
        return concepts.computeIfAbsent(scheme, this::find);
    }

    private Set<String> find(String scheme) {
        Set<String> found = new HashSet<>();
        Node s = SkosGraph.uri(scheme);
        imported.forEach((name, g) -> g.find(Node.ANY, SKOS.inScheme.asNode(), s)
                .forEach(t -> found.add(t.getSubject().getURI())));
        if (!found.isEmpty()) {
            sources.put(scheme, "imported now");
            return found;
        }
        if (store != null) {
            found.addAll(fromStore(scheme));
        }
        sources.put(scheme, found.isEmpty() ? "not imported, nor in the store" : "as in the store");
        return found;
    }

    private Set<String> fromStore(String scheme) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(scheme.equals(ExternalIris.SOC2010_SCHEME)
                ? "SELECT DISTINCT ?c WHERE { GRAPH ?g { ?m <http://www.w3.org/2002/07/owl#annotatedSource> ?c } }"
                : "SELECT DISTINCT ?c WHERE { GRAPH ?g { ?c <" + SKOS.inScheme.getURI() + "> ?scheme } }");
        if (scheme.equals(ExternalIris.SOC2010_SCHEME)) {
            q.setIri("g", Canon.GRAPH_CROSSWALKS + ExternalIris.SET_SOC2010_SOC2018);
        } else {
            q.setIri("scheme", scheme);
        }
        Set<String> found = new HashSet<>();
        try (RDFConnection conn = store.connect()) {
            conn.querySelect(q.asQuery(), row -> found.add(row.getResource("c").getURI()));
        }
        return found;
    }
}
