package org.canon.graph.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canon.graph.derive.PendingStore;
import org.canon.graph.mapping.ChainedMappings;
import org.canon.graph.external.ExternalIris;
import org.canon.graph.external.Scheme;
import org.canon.graph.vocab.Canon;

/**
 * The published mappings as a network to walk: the crosswalks between the external taxonomies and the Canon
 * mapping sets (all but those justified as {@code semapv:UnspecifiedMatching}, such as the resolver's output kept
 * as printed). Every mapping can be followed both ways, a reversed one with the inverse predicate. Unlike the
 * strict chains ({@code mapping/ChainedMappings}), no step ends a walk: closeMatch, many-to-many, sibling and
 * broad/narrow steps are all followed, and each {@link Chain} says which it took, so that the score weighs them.
 */
final class MappingNetwork {
    static final String SKOS = Canon.SKOS;
    static final String EXACT = SKOS + "exactMatch", CLOSE = SKOS + "closeMatch", BROAD = SKOS + "broadMatch",
            NARROW = SKOS + "narrowMatch", RELATED = SKOS + "relatedMatch";
    /** Longest walk: a Canon profile to ESCO takes five steps (O*NET-SOC, SOC 2018, SOC 2010, ISCO-08, ESCO). */
    static final int MAX_STEPS = 5;
    private static final String STEPS = """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX sssom: <https://w3id.org/sssom/>
            PREFIX semapv: <https://w3id.org/semapv/vocab/>
            SELECT ?m ?s ?p ?o ?c WHERE {
              ?set sssom:mappings ?m .
              ?m owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o .
              OPTIONAL { ?m sssom:confidence ?c }
              FILTER NOT EXISTS { ?m sssom:mapping_justification semapv:UnspecifiedMatching }
              FILTER NOT EXISTS { ?set sssom:mapping_justification semapv:UnspecifiedMatching }
            }""";

    /** One mapping, read forwards or backwards. */
    record Step(String mapping, String from, String predicate, String to, double confidence) {}

    private final Map<String, List<Step>> steps = new HashMap<>();

    /** Reads the mappings from the crosswalk graphs and the Canon mapping-set graphs there will be. */
    static MappingNetwork read(PendingStore store) {
        MappingNetwork n = new MappingNetwork();
        for (String graph : store.graphNames()) {
            if (graph.startsWith(Canon.GRAPH_CROSSWALKS) || graph.startsWith(Canon.GRAPH_MAPPINGS)) {
                store.select(graph, STEPS, row -> n.add(row.getResource("m").getURI(), row.getResource("s").getURI(),
                        row.getResource("p").getURI(), row.getResource("o").getURI(),
                        row.contains("c") ? row.getLiteral("c").getDouble() : 1.0));
            }
        }
        return n;
    }

    void add(String mapping, String s, String p, String o, double confidence) {
        String inverse = inverse(p);
        if (inverse == null) {
            return;
        }
        steps.computeIfAbsent(s, k -> new ArrayList<>()).add(new Step(mapping, s, p, o, confidence));
        steps.computeIfAbsent(o, k -> new ArrayList<>()).add(new Step(mapping, o, inverse, s, confidence));
    }

    int size() {
        return steps.values().stream().mapToInt(List::size).sum() / 2;
    }

    /** The direct mappings of a concept (either way). */
    List<Step> from(String concept) {
        return steps.getOrDefault(concept, List.of());
    }

    /**
     * How a walk reached a concept: its shortest paths, the best of them (highest product of confidences), and
     * what kinds of steps that path took.
     *
     * @param steps      the best path's steps, in order
     * @param paths      number of shortest paths
     * @param strict     whether a shortest path composes by SSSOM's chaining rules (exact, broad then broad, narrow
     *                   then narrow; no closeMatch, relatedMatch or sibling turn)
     * @param composed   the SKOS predicate a strict path composes to, or null
     */
    record Chain(List<Step> steps, long paths, boolean strict, String composed) {
        double confidence() {
            return steps.stream().mapToDouble(Step::confidence).reduce(1, (a, b) -> a * b);
        }

        long looseSteps() {
            return steps.stream().filter(s -> s.predicate().equals(CLOSE) || s.predicate().equals(RELATED)).count();
        }

        /** Whether the path goes up and then down again (a sibling: both ends under one concept). */
        boolean sibling() {
            boolean up = false;
            for (Step s : steps) {
                if (s.predicate().equals(BROAD)) {
                    up = true;
                } else if (s.predicate().equals(NARROW) && up) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Walks from {@code source} breadth first, at most {@link #MAX_STEPS} steps, and returns the concepts of
     * {@code target} it reaches (a walk stops at them, and never re-enters the source's scheme).
     */
    Map<String, Chain> walk(String source, Scheme target) {
        Optional<Scheme> sourceScheme = Scheme.ofConcept(source);
        Map<String, Chain> reached = new HashMap<>();
        Map<String, Chain> settled = new HashMap<>();
        Map<String, Chain> layer = new LinkedHashMap<>();
        layer.put(source, new Chain(List.of(), 1, true, EXACT));
        settled.put(source, layer.get(source));
        for (int depth = 1; depth <= MAX_STEPS && !layer.isEmpty(); depth++) {
            Map<String, Chain> next = new LinkedHashMap<>();
            for (Map.Entry<String, Chain> e : layer.entrySet()) {
                Chain here = e.getValue();
                for (Step step : from(e.getKey())) {
                    String to = step.to();
                    if (settled.containsKey(to)) {
                        continue;
                    }
                    Optional<Scheme> s = Scheme.ofConcept(to);
                    if (s.isPresent() && s.equals(sourceScheme) && !s.get().equals(target)) {
                        continue;
                    }
                    List<Step> path = new ArrayList<>(here.steps());
                    path.add(step);
                    String composed = here.composed() == null ? null : compose(here.composed(), step.predicate(), depth == 1);
                    Chain c = new Chain(path, here.paths(), composed != null, composed);
                    next.merge(to, c, MappingNetwork::better);
                }
            }
            next.forEach(settled::put);
            layer = new LinkedHashMap<>();
            for (Map.Entry<String, Chain> e : next.entrySet()) {
                if (Scheme.ofConcept(e.getKey()).filter(target::equals).isPresent()) {
                    reached.put(e.getKey(), e.getValue());
                } else {
                    layer.put(e.getKey(), e.getValue());
                }
            }
        }
        return reached;
    }

    /** Two shortest paths to one concept: add their counts, keep the more confident path, strict if either is. */
    private static Chain better(Chain a, Chain b) {
        Chain best = b.confidence() > a.confidence() || (b.confidence() == a.confidence() && b.strict() && !a.strict()) ? b : a;
        String composed = a.composed() != null ? a.composed() : b.composed();
        return new Chain(best.steps(), a.paths() + b.paths(), composed != null, composed);
    }

    /** SSSOM's chaining of two predicates (exact carries the other through), or null when they do not chain. */
    static String compose(String first, String second, boolean firstStep) {
        if (firstStep || first.equals(EXACT)) {
            return second.equals(CLOSE) || second.equals(RELATED) ? null : second;
        }
        if (second.equals(EXACT)) {
            return first;
        }
        return first.equals(second) && (first.equals(BROAD) || first.equals(NARROW)) ? first : null;
    }

    static String inverse(String predicate) {
        return ChainedMappings.inverse(predicate);
    }

    /** The short name of a SKOS mapping predicate, e.g. closeMatch. */
    static String shortName(String predicate) {
        return predicate.startsWith(SKOS) ? predicate.substring(SKOS.length()) : predicate;
    }

}
