package org.canon.graph.similarity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.canon.graph.similarity.OccupationComponents.Component;
import org.canon.graph.similarity.OccupationData.Domain;
import org.canon.graph.vocab.Canon;

/**
 * Similar occupations for every O*NET-SOC occupation of an imported O*NET graph. The score of occupation b for
 * occupation a is the weighted mean of the components that apply to the pair ({@link OccupationComponents}):
 * {@code sum(w_c * c(a, b)) / sum(w_c)} over the components c with a value, so it is in [0, 1]; the weights are
 * {@link OccupationWeights}. O*NET's own Related Occupations are not an input.
 *
 * <p>{@link #toGraph} materialises the {@value #TOP} best of every occupation as {@code canon:OccupationSimilarity}
 * records with their rank, score, job-zone difference and evidence: the {@value #EVIDENCE} shared skills or
 * knowledge areas that add most to the score, at {@code {entry IRI}/1}, {@code /2} and {@code /3} from the one that
 * adds most (each rated element adds
 * {@code w * importance(a) * importance(b) / (|a| |b|) / sum(w)} through its domain's cosine).
 *
 * <pre>{@code
 * SimilarOccupations similar = SimilarOccupations.of(onetGraph);
 * List<String> codes = similar.nearest("15-1211.00", OccupationWeights.shipped(), 10);
 * }</pre>
 */
public final class SimilarOccupations {
    /** How many similar occupations are materialised for each occupation. */
    public static final int TOP = 20;
    /** How many shared elements are kept as the evidence of a similarity. */
    public static final int EVIDENCE = 3;

    private final OccupationData data;
    private final OccupationComponents components;
    private final float[][] matrices;
    private final Map<String, Integer> index = new HashMap<>();

    private SimilarOccupations(OccupationData data) {
        this.data = data;
        this.components = new OccupationComponents(data);
        this.matrices = Component.ALL.stream().map(components::values).toArray(float[][]::new);
        data.occupations.forEach(o -> index.put(o.code(), index.size()));
    }

    /** Reads the occupations and their descriptors from an O*NET graph and computes the components. */
    public static SimilarOccupations of(Graph onet) {
        return new SimilarOccupations(OccupationData.read(onet));
    }

    /** The occupation codes, in order. */
    public List<String> codes() {
        return data.occupations.stream().map(OccupationData.Occupation::code).toList();
    }

    /** The score of b for a (both indexes), NaN when no component with a weight applies. */
    double score(OccupationWeights w, int a, int b) {
        return score(weights(w), a, b);
    }

    private double score(double[] w, int a, int b) {
        int pair = a * components.size() + b;
        double sum = 0;
        double weights = 0;
        for (int c = 0; c < w.length; c++) {
            float v = w[c] == 0 ? Float.NaN : matrices[c][pair];
            if (!Float.isNaN(v)) {
                sum += w[c] * v;
                weights += w[c];
            }
        }
        return weights == 0 ? Double.NaN : sum / weights;
    }

    private static double[] weights(OccupationWeights w) {
        double[] array = new double[Component.ALL.size()];
        for (Component c : Component.ALL) {
            array[c.ordinal()] = w.weight(c);
        }
        return array;
    }

    /** The {@code k} occupations most similar to {@code code}, best first (ties by code); empty for an unknown code. */
    public List<String> nearest(String code, OccupationWeights w, int k) {
        Integer a = index.get(code);
        return a == null ? List.of() : ranked(a, w, k).stream().map(i -> data.occupations.get(i).code()).toList();
    }

    /** Indexes of the k best for a, best first; ties go to the lower index, that is the lower code. */
    private List<Integer> ranked(int a, OccupationWeights w, int k) {
        double[] weights = weights(w);
        // a min-heap of the k best so far: its head is the worst of them
        PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.<double[]>comparingDouble(x -> x[0])
                .thenComparingDouble(x -> -x[1]));
        for (int b = 0; b < components.size(); b++) {
            double s = b == a ? Double.NaN : score(weights, a, b);
            if (!Double.isNaN(s) && (best.size() < k || s > best.peek()[0])) {
                best.add(new double[] {s, b});
                if (best.size() > k) {
                    best.poll();
                }
            }
        }
        List<double[]> sorted = new ArrayList<>(best);
        sorted.sort(best.comparator().reversed());
        return sorted.stream().map(x -> (int) x[1]).toList();
    }

    /** The top {@value #TOP} of every occupation as triples (see the class comment). */
    public Graph toGraph(OccupationWeights w) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(Canon.GRAPH_SIMILAR_OCCUPATIONS), DCTerms.description.asNode(),
                NodeFactory.createLiteralLang("Similar occupations: the " + TOP + " most similar O*NET-SOC occupations of "
                        + "each, by the weighted mean of " + w.summary() + ".", "en"));
        // every occupation's ranking is independent of the others': computed in parallel, written in order
        List<List<Integer>> rankings = java.util.stream.IntStream.range(0, data.size()).parallel()
                .mapToObj(a -> ranked(a, w, TOP)).toList();
        for (int a = 0; a < data.size(); a++) {
            OccupationData.Occupation oa = data.occupations.get(a);
            List<Integer> best = rankings.get(a);
            for (int r = 0; r < best.size(); r++) {
                int b = best.get(r);
                OccupationData.Occupation ob = data.occupations.get(b);
                Node rec = NodeFactory.createURI(Canon.similarOccupation(oa.code(), ob.code()));
                g.add(rec, RDF.type.asNode(), Canon.OccupationSimilarity.asNode());
                g.add(rec, Canon.subjectOccupation.asNode(), oa.iri());
                g.add(rec, Canon.similarOccupation.asNode(), ob.iri());
                g.add(rec, Canon.similarityRank.asNode(), NodeFactory.createLiteralDT(Integer.toString(r + 1), XSDDatatype.XSDinteger));
                g.add(rec, Canon.similarityScore.asNode(), decimal(score(w, a, b)));
                if (oa.jobZone() > 0 && ob.jobZone() > 0) {
                    g.add(rec, Canon.jobZoneDifference.asNode(), NodeFactory.createLiteralDT(
                            Integer.toString(ob.jobZone() - oa.jobZone()), XSDDatatype.XSDinteger));
                }
                List<Map.Entry<Node, Double>> evidence = evidence(w, a, b);
                for (int i = 0; i < evidence.size(); i++) {
                    Map.Entry<Node, Double> e = evidence.get(i);
                    Node ev = NodeFactory.createURI(rec.getURI() + "/" + (i + 1));
                    g.add(rec, Canon.evidence.asNode(), ev);
                    g.add(ev, Canon.sharedElement.asNode(), e.getKey());
                    g.add(ev, Canon.contribution.asNode(), decimal(e.getValue()));
                }
            }
        }
        return g;
    }

    /** The shared elements that add most to the score of b for a, with what each adds. */
    List<Map.Entry<Node, Double>> evidence(OccupationWeights w, int a, int b) {
        double weights = 0;
        for (Component c : Component.ALL) {
            if (w.weight(c) > 0 && !Float.isNaN(components.get(c, a, b))) {
                weights += w.weight(c);
            }
        }
        List<Map.Entry<Node, Double>> shares = new ArrayList<>();
        share(shares, data.domains.get(OccupationData.SKILLS), w.weight(Component.SKILLS) / weights, a, b);
        share(shares, data.domains.get(OccupationData.KNOWLEDGE), w.weight(Component.KNOWLEDGE) / weights, a, b);
        shares.sort(Map.Entry.<Node, Double>comparingByValue().reversed());
        return shares.subList(0, Math.min(EVIDENCE, shares.size()));
    }

    private static void share(List<Map.Entry<Node, Double>> shares, Domain d, double weight, int a, int b) {
        float[] x = d.importance()[a];
        float[] y = d.importance()[b];
        if (weight == 0 || x == null || y == null) {
            return;
        }
        double norms = Math.sqrt(OccupationComponents.dot(x, x) * OccupationComponents.dot(y, y));
        for (int e = 0; e < x.length; e++) {
            if (x[e] > 0 && y[e] > 0) {
                shares.add(Map.entry(d.elements().get(e), weight * x[e] * y[e] / norms));
            }
        }
    }

    /** A value rounded to 4 places as an xsd:decimal ({@link SimilarProfiles#decimal}). */
    static Node decimal(double v) {
        return SimilarProfiles.decimal(BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP));
    }
}
