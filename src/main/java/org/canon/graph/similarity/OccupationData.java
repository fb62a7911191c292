package org.canon.graph.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.vocab.Canon;

/**
 * What the occupation similarity compares, read from an imported O*NET graph: the O*NET-SOC occupations (concepts
 * whose {@code skos:notation} is an O*NET-SOC code, NN-NNNN.NN) in code order, with their title, alternative
 * labels, definition and {@code canon:jobZone}, and their Skills and Knowledge ratings as vectors over the rated
 * elements ({@code canon:importance}, {@code canon:levelScore}). An occupation without ratings of a domain has no
 * vector for it ({@code null}).
 */
final class OccupationData {
    static final Pattern ONET_CODE = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");
    static final String SKILLS = "Skills";
    static final String KNOWLEDGE = "Knowledge";

    /** One occupation; {@code jobZone} is 0 when unknown. */
    record Occupation(String code, Node iri, String title, List<String> altLabels, String definition, int jobZone) {}

    /** The elements of one rating domain, in element-ID order, and each occupation's ratings over them. */
    record Domain(List<Node> elements, List<String> ids, float[][] importance, float[][] level) {}

    final List<Occupation> occupations;
    final Map<String, Domain> domains;
    final Map<Node, String> elementLabels;

    private OccupationData(List<Occupation> occupations, Map<String, Domain> domains, Map<Node, String> elementLabels) {
        this.occupations = occupations;
        this.domains = domains;
        this.elementLabels = elementLabels;
    }

    int size() {
        return occupations.size();
    }

    static OccupationData read(Graph onet) {
        TreeMap<String, Occupation> byCode = new TreeMap<>();
        onet.find(Node.ANY, SKOS.notation.asNode(), Node.ANY).forEach(t -> {
            String code = t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : "";
            if (ONET_CODE.matcher(code).matches()) {
                Node c = t.getSubject();
                byCode.put(code, new Occupation(code, c, text(onet, c, SKOS.prefLabel.asNode()),
                        texts(onet, c, SKOS.altLabel.asNode()), text(onet, c, SKOS.definition.asNode()),
                        (int) number(onet, c, Canon.jobZone.asNode(), 0)));
            }
        });
        List<Occupation> occupations = List.copyOf(byCode.values());
        Map<Node, Integer> index = new HashMap<>();
        occupations.forEach(o -> index.put(o.iri(), index.size()));
        Map<Node, String> labels = new HashMap<>();
        Map<String, Domain> domains = new HashMap<>();
        for (String domain : List.of(SKILLS, KNOWLEDGE)) {
            domains.put(domain, domain(onet, domain, index, labels));
        }
        return new OccupationData(occupations, domains, labels);
    }

    /** The ratings of one domain ({@code canon:ratingDomain}) as vectors. */
    private static Domain domain(Graph onet, String domain, Map<Node, Integer> index, Map<Node, String> labels) {
        List<Triple> ratings = onet.find(Node.ANY, Canon.ratingDomain.asNode(), Node.ANY)
                .filterKeep(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(domain))
                .toList();
        TreeMap<String, Node> elements = new TreeMap<>();
        for (Triple t : ratings) {
            Node element = object(onet, t.getSubject(), Canon.element.asNode());
            if (element != null) {
                Node id = object(onet, element, SKOS.notation.asNode());
                elements.put(id == null ? element.getURI() : id.getLiteralLexicalForm(), element);
                labels.put(element, text(onet, element, SKOS.prefLabel.asNode()));
            }
        }
        List<Node> nodes = new ArrayList<>(elements.values());
        Map<Node, Integer> column = new HashMap<>();
        nodes.forEach(e -> column.put(e, column.size()));
        float[][] importance = new float[index.size()][];
        float[][] level = new float[index.size()][];
        for (Triple t : ratings) {
            Node r = t.getSubject();
            Integer row = index.get(object(onet, r, Canon.occupation.asNode()));
            Integer col = column.get(object(onet, r, Canon.element.asNode()));
            if (row != null && col != null) {
                if (importance[row] == null) {
                    importance[row] = new float[nodes.size()];
                    level[row] = new float[nodes.size()];
                }
                importance[row][col] = (float) number(onet, r, Canon.importance.asNode(), 0);
                level[row][col] = (float) number(onet, r, Canon.levelScore.asNode(), 0);
            }
        }
        return new Domain(List.copyOf(nodes), List.copyOf(elements.keySet()), importance, level);
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String text(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : "";
    }

    private static List<String> texts(Graph g, Node s, Node p) {
        List<String> all = new ArrayList<>();
        g.find(s, p, Node.ANY).forEach(t -> all.add(t.getObject().getLiteralLexicalForm()));
        all.sort(null);
        return all;
    }

    private static double number(Graph g, Node s, Node p, double absent) {
        Node o = object(g, s, p);
        return o != null && o.isLiteral() && o.getLiteralValue() instanceof Number n ? n.doubleValue() : absent;
    }

    @Override
    public String toString() {
        return occupations.size() + " occupations, rated elements " + Arrays.toString(domains.values().stream()
                .mapToInt(d -> d.elements().size()).toArray());
    }
}
