package org.canon.graph.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.vocab.Canon;

/**
 * The change log between two states of some graphs: which concepts a release added, removed, retired or changed, and
 * for a changed one which values.
 *
 * <p>A concept is a subject typed {@code skos:Concept} or one of the Canon concept classes (profile, focus, function,
 * level, track, skill). What is compared of a concept is its own values, the values of the resources it owns, and its
 * mappings. A resource is owned by a concept when it is not a concept itself and that concept is the only subject
 * that refers to it: a profile's pay, its responsibilities, its quality assessment. A mapping record (an
 * {@code owl:Axiom} of a mapping set) adds its confidence and justification to its source concept, via the mapping
 * relation. Values are compared as the store keeps them (canonical literals). Only the concepts that a changed triple
 * touches are looked at, so the work grows with the size of the change, not of the graphs.
 */
final class ConceptChanges {
    static final Set<Node> CONCEPT_TYPES = Set.of(SKOS.Concept.asNode(), Canon.Profile.asNode(), Canon.Focus.asNode(),
            Canon.Function.asNode(), Canon.Level.asNode(), Canon.Track.asNode(), Canon.Skill.asNode());
    /** What a mapping record adds to its source concept. */
    private static final List<Node> MAPPING_VALUES = List.of(NodeFactory.createURI(Canon.SSSOM + "confidence"),
            NodeFactory.createURI(Canon.SSSOM + "mapping_justification"));
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private ConceptChanges() {}

    /**
     * The changes from {@code before} to {@code after}, each a list of the graphs compared (the same graphs, in their
     * old and new state), given the triples each graph lost and gained. Ordered by concept IRI.
     */
    static List<ConceptChange> between(List<Graph> before, List<Graph> after, List<GraphDelta> deltas) {
        State old = new State(before);
        State now = new State(after);
        Set<Node> touched = new TreeSet<>(Comparator.comparing(Node::getURI));
        for (GraphDelta d : deltas) {
            d.deleted().find().forEach(t -> old.owner(t.getSubject()).ifPresent(touched::add));
            d.added().find().forEach(t -> now.owner(t.getSubject()).ifPresent(touched::add));
        }
        List<ConceptChange> changes = new ArrayList<>();
        for (Node c : touched) {
            boolean was = old.isConcept(c);
            boolean is = now.isConcept(c);
            if (!was) {
                changes.add(now.change(c, ConceptChange.Type.ADDED, List.of()));
            } else if (!is) {
                changes.add(old.change(c, ConceptChange.Type.REMOVED, List.of()));
            } else {
                Map<Key, Set<Node>> a = old.view(c);
                Map<Key, Set<Node>> b = now.view(c);
                List<ConceptChange.Value> values = compare(a, b);
                if (!values.isEmpty()) {
                    boolean retired = State.retired(b) && !State.retired(a);
                    changes.add(now.change(c, retired ? ConceptChange.Type.RETIRED : ConceptChange.Type.CHANGED, values));
                }
            }
        }
        return changes;
    }

    /** A property of a concept, or of a resource it owns reached through {@code via}. */
    private record Key(Node property, Node via) {}

    private static List<ConceptChange.Value> compare(Map<Key, Set<Node>> a, Map<Key, Set<Node>> b) {
        Set<Key> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<ConceptChange.Value> values = new ArrayList<>();
        for (Key k : keys) {
            List<Node> removed = minus(a.getOrDefault(k, Set.of()), b.getOrDefault(k, Set.of()));
            List<Node> added = minus(b.getOrDefault(k, Set.of()), a.getOrDefault(k, Set.of()));
            String property = k.property().getURI();
            String via = k.via() == null ? null : k.via().getURI();
            if (removed.size() == 1 && added.size() == 1) {
                values.add(new ConceptChange.Value(property, via, removed.get(0), added.get(0)));
                continue;
            }
            removed.forEach(v -> values.add(new ConceptChange.Value(property, via, v, null)));
            added.forEach(v -> values.add(new ConceptChange.Value(property, via, null, v)));
        }
        values.sort(Comparator.comparing((ConceptChange.Value v) -> v.via() == null ? "" : v.via())
                .thenComparing(ConceptChange.Value::property)
                .thenComparing(v -> String.valueOf(v.oldValue() != null ? v.oldValue() : v.newValue())));
        return values;
    }

    private static List<Node> minus(Set<Node> from, Set<Node> other) {
        return from.stream().filter(n -> !other.contains(n)).sorted(Comparator.comparing(Node::toString)).toList();
    }

    /** The compared graphs in one state, seen as one graph. */
    private static final class State {
        private final Graph graph;

        State(List<Graph> graphs) {
            MultiUnion union = new MultiUnion();
            graphs.forEach(union::addGraph);
            this.graph = union;
        }

        boolean isConcept(Node n) {
            return n.isURI() && graph.find(n, RDF.type.asNode(), Node.ANY)
                    .filterKeep(t -> CONCEPT_TYPES.contains(t.getObject())).hasNext();
        }

        /** The concept a triple with this subject belongs to: the subject itself, its owner, or a mapping's source. */
        Optional<Node> owner(Node s) {
            if (isConcept(s)) {
                return Optional.of(s);
            }
            Optional<Node> owner = ownerOf(s);
            if (owner.isPresent()) {
                return owner;
            }
            return mappingSource(s);
        }

        /**
         * The one subject referring to {@code n}, when it is a concept and {@code n} is not, and {@code n} has values
         * of its own. Stops at the second referrer: a scheme or a status is referred to by every concept.
         */
        private Optional<Node> ownerOf(Node n) {
            if (n.isLiteral() || !graph.find(n, Node.ANY, Node.ANY).hasNext() || isConcept(n)) {
                return Optional.empty();
            }
            Node owner = null;
            for (var it = graph.find(Node.ANY, Node.ANY, n); it.hasNext(); ) {
                Node s = it.next().getSubject();
                if (owner != null && !owner.equals(s)) {
                    it.close();
                    return Optional.empty();
                }
                owner = s;
            }
            return owner != null && isConcept(owner) ? Optional.of(owner) : Optional.empty();
        }

        private Optional<Node> mappingSource(Node s) {
            if (!graph.contains(s, RDF.type.asNode(), OWL2.Axiom.asNode())) {
                return Optional.empty();
            }
            return graph.find(s, OWL2.annotatedSource.asNode(), Node.ANY).mapWith(Triple::getObject).toList().stream()
                    .filter(this::isConcept).findFirst();
        }

        /** Everything compared of a concept, by property, as canonical values. */
        Map<Key, Set<Node>> view(Node c) {
            Map<Key, Set<Node>> view = new LinkedHashMap<>();
            graph.find(c, Node.ANY, Node.ANY).forEach(t -> {
                Node o = t.getObject();
                if (ownerOf(o).isPresent()) {
                    graph.find(o, Node.ANY, Node.ANY).filterDrop(u -> u.getPredicate().equals(RDF.type.asNode()))
                            .forEach(u -> put(view, new Key(u.getPredicate(), t.getPredicate()), u.getObject()));
                } else {
                    put(view, new Key(t.getPredicate(), null), o);
                }
            });
            graph.find(Node.ANY, OWL2.annotatedSource.asNode(), c).forEach(t -> {
                Node record = t.getSubject();
                Node relation = graph.find(record, OWL2.annotatedProperty.asNode(), Node.ANY).nextOptional()
                        .map(Triple::getObject).orElse(null);
                if (relation == null || !graph.contains(record, RDF.type.asNode(), OWL2.Axiom.asNode())) {
                    return;
                }
                for (Node p : MAPPING_VALUES) {
                    graph.find(record, p, Node.ANY).forEach(u -> put(view, new Key(p, relation), u.getObject()));
                }
            });
            return view;
        }

        private static void put(Map<Key, Set<Node>> view, Key key, Node value) {
            view.computeIfAbsent(key, k -> new HashSet<>()).add(GraphDelta.canonical(value));
        }

        static boolean retired(Map<Key, Set<Node>> view) {
            return view.getOrDefault(new Key(Canon.recordStatus.asNode(), null), Set.of()).contains(Canon.Retired.asNode())
                    || view.getOrDefault(new Key(OWL2.deprecated.asNode(), null), Set.of()).contains(TRUE);
        }

        ConceptChange change(Node c, ConceptChange.Type type, List<ConceptChange.Value> values) {
            String code = graph.find(c, SKOS.notation.asNode(), Node.ANY).nextOptional()
                    .map(t -> t.getObject().getLiteralLexicalForm()).orElse(null);
            return new ConceptChange(c.getURI(), type, code, label(c), values);
        }

        /** The concept's {@code skos:prefLabel}, in English when it has one in English. */
        String label(Node c) {
            String any = null;
            for (Triple t : graph.find(c, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
                Node l = t.getObject();
                if (!l.isLiteral()) {
                    continue;
                }
                if (l.getLiteralLanguage().equalsIgnoreCase("en")) {
                    return l.getLiteralLexicalForm();
                }
                any = any == null ? l.getLiteralLexicalForm() : any;
            }
            return any;
        }
    }
}
