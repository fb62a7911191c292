package org.canon.graph.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.vocab.Canon;
import org.canon.graph.vocab.External;
import org.canon.graph.vocab.Prov;
import org.canon.graph.vocab.Sssom;

/**
 * Chained crosswalks between the external taxonomies, composed by SSSOM's chaining rules and materialised as
 * derived mappings in the graph {@value Canon#GRAPH_INFERRED}.
 *
 * <p>From every O*NET-SOC occupation, the chain follows the official crosswalk mapping sets (in either
 * direction, a reversed mapping taking the inverse predicate) to SOC 2018, SOC 2010, ISCO-08 and ESCO, at most
 * {@value #MAX_STEPS} steps, never revisiting a concept. Predicates compose as SSSOM describes: exactMatch
 * carries the other predicate through; broadMatch chains only with broadMatch, narrowMatch only with
 * narrowMatch; closeMatch and relatedMatch do not chain further. One more rule, for siblings: broadMatch
 * followed by narrowMatch (both ends narrower than the concept between them, as an ESCO occupation and a
 * Canon profile under one ISCO-08 unit group) gives relatedMatch at half the confidence, and ends the chain.
 * Confidence is the product along the path (a mapping without confidence counts as 1). Each derived mapping records the mappings it was derived from
 * ({@code prov:wasDerivedFrom}), their order ({@code canon:chainPath}) and its length.
 *
 * <p>The {@code crosswalk} query joins a profile's curated O*NET-SOC mappings with these chains, so the chains
 * do not grow with the number of profiles.
 */
public final class ChainedMappings {
    /** Longest chain from an O*NET-SOC occupation: SOC 2018, SOC 2010, ISCO-08, ESCO. */
    public static final int MAX_STEPS = 4;
    /** The mapping set the derived mappings belong to. */
    public static final String SET = Canon.MAPPINGS + "chained";
    static final String EXACT = SKOS.exactMatch.getURI(), CLOSE = SKOS.closeMatch.getURI(),
            BROAD = SKOS.broadMatch.getURI(), NARROW = SKOS.narrowMatch.getURI(), RELATED = SKOS.relatedMatch.getURI();

    /** One step of a chain: a mapping, read forwards or backwards. */
    record Step(String mapping, String from, String predicate, String to, double confidence) {}

    /**
     * Derives the chains from the given mapping-set graphs (in SSSOM's RDF form); mappings whose subject is a
     * Canon resource are not followed.
     */
    public static Graph derive(Collection<Graph> mappingSets) {
        Map<String, List<Step>> steps = new HashMap<>();
        for (Graph g : mappingSets) {
            g.find(Node.ANY, OWL2.annotatedSource.asNode(), Node.ANY).forEach(t -> {
                Node m = t.getSubject();
                String s = t.getObject().getURI();
                Node p = one(g, m, OWL2.annotatedProperty.asNode());
                Node o = one(g, m, OWL2.annotatedTarget.asNode());
                if (s.startsWith(Canon.ID) || p == null || o == null || !m.isURI()) {
                    return;
                }
                Node c = one(g, m, Sssom.confidence.asNode());
                double conf = c != null && c.isLiteral() ? Double.parseDouble(c.getLiteralLexicalForm()) : 1.0;
                steps.computeIfAbsent(s, k -> new ArrayList<>()).add(new Step(m.getURI(), s, p.getURI(), o.getURI(), conf));
                String inverse = inverse(p.getURI());
                if (inverse != null) {
                    steps.computeIfAbsent(o.getURI(), k -> new ArrayList<>())
                            .add(new Step(m.getURI(), o.getURI(), inverse, s, conf));
                }
            });
        }
        Graph out = GraphFactory.createDefaultGraph();
        out.add(uri(SET), RDF.type.asNode(), Sssom.MappingSet.asNode());
        out.add(uri(SET), Sssom.mapping_set_title.asNode(),
                NodeFactory.createLiteralString("Chained crosswalks from O*NET-SOC 2019, derived by SSSOM chaining rules"));
        for (String start : steps.keySet()) {
            if (start.startsWith(External.ONET_SOC)) {
                walk(start, EXACT, 1.0, new ArrayList<>(), Set.of(start), steps, out);
            }
        }
        return out;
    }

    private static void walk(String start, String predicate, double confidence, List<Step> path, Set<String> seen,
                             Map<String, List<Step>> steps, Graph out) {
        if (path.size() >= MAX_STEPS) {
            return;
        }
        String here = path.isEmpty() ? start : path.get(path.size() - 1).to();
        for (Step step : steps.getOrDefault(here, List.of())) {
            if (seen.contains(step.to())) {
                continue;
            }
            String composed = path.isEmpty() ? step.predicate() : compose(predicate, step.predicate());
            if (composed == null) {
                continue;
            }
            List<Step> longer = new ArrayList<>(path);
            longer.add(step);
            double c = confidence * step.confidence() * (composed.equals(RELATED) && !step.predicate().equals(RELATED) ? 0.5 : 1.0);
            record(start, composed, c, longer, out);
            if (chainsFurther(composed)) {
                Set<String> seenMore = new java.util.HashSet<>(seen);
                seenMore.add(step.to());
                walk(start, composed, c, longer, seenMore, steps, out);
            }
        }
    }

    /** SSSOM chaining of two predicates, or null when they do not chain. */
    static String compose(String first, String second) {
        if (first.equals(EXACT)) {
            return second;
        }
        if (second.equals(EXACT)) {
            return first;
        }
        if (first.equals(BROAD) && second.equals(BROAD)) {
            return BROAD;
        }
        if (first.equals(NARROW) && second.equals(NARROW)) {
            return NARROW;
        }
        if (first.equals(BROAD) && second.equals(NARROW)) {
            // both ends are narrower than the concept between them: siblings, associated at most
            return RELATED;
        }
        return null;
    }

    /** closeMatch and relatedMatch end a chain. */
    static boolean chainsFurther(String predicate) {
        return predicate.equals(EXACT) || predicate.equals(BROAD) || predicate.equals(NARROW);
    }

    /** The inverse of a SKOS mapping predicate (broadMatch and narrowMatch swap), or null for another predicate. */
    public static String inverse(String predicate) {
        if (!predicate.startsWith(SKOS.uri)) {
            return null;
        }
        return switch (predicate.substring(SKOS.uri.length())) {
            case "exactMatch" -> EXACT;
            case "closeMatch" -> CLOSE;
            case "relatedMatch" -> RELATED;
            case "broadMatch" -> NARROW;
            case "narrowMatch" -> BROAD;
            default -> null;
        };
    }

    private static void record(String start, String predicate, double confidence, List<Step> path, Graph out) {
        String target = path.get(path.size() - 1).to();
        StringBuilder chain = new StringBuilder();
        for (Step s : path) {
            chain.append(s.mapping()).append(' ');
        }
        Node m = uri(SET + "/" + hash(start + " " + chain));
        out.add(uri(SET), Sssom.mappings.asNode(), m);
        out.add(m, RDF.type.asNode(), OWL2.Axiom.asNode());
        out.add(m, OWL2.annotatedSource.asNode(), uri(start));
        out.add(m, OWL2.annotatedProperty.asNode(), uri(predicate));
        out.add(m, OWL2.annotatedTarget.asNode(), uri(target));
        out.add(m, Sssom.mapping_justification.asNode(), Sssom.MappingChaining.asNode());
        out.add(m, Sssom.confidence.asNode(), NodeFactory.createLiteralDT(
                BigDecimal.valueOf(confidence).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                XSDDatatype.XSDdecimal));
        for (Step s : path) {
            out.add(m, Prov.wasDerivedFrom.asNode(), uri(s.mapping()));
        }
        out.add(m, Canon.chainPath.asNode(), NodeFactory.createLiteralString(chain.toString().trim()));
        out.add(m, Canon.chainLength.asNode(), NodeFactory.createLiteralDT(Integer.toString(path.size()), XSDDatatype.XSDinteger));
    }

    private static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
