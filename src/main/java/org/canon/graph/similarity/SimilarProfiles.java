package org.canon.graph.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.canon.graph.similarity.ProfileData.Profile;
import org.canon.graph.similarity.ProfileVectors.Unit;
import org.canon.graph.vocab.Canon;

/**
 * The skill similarity between Canon profiles ({@link ProfileVectors}), materialised for what queries need: every pair
 * of profiles of the same focus, each profile's {@value #NEAREST} most similar profiles of other focuses and its
 * {@value #NEAREST} most similar profiles of other functions (retired profiles are never anyone's neighbour).
 * Together they hold, for every profile, the exact first {@value #NEAREST} among all profiles, among those of other
 * focuses and among those of other functions (the three scopes of the {@code similar-profiles} query), and the
 * skill similarity of every profile of its focus, which a structural neighbour query ranks first. {@value #NEAREST}
 * is the default limit of that query and of {@code adjacency}. The graph grows linearly with the taxonomy: at most
 * 10 + 2 x {@value #NEAREST} pairs per profile (fewer, as a pair found from both sides is stored once), 3 triples
 * each ({@code canon:similarProfile} twice, {@code canon:similarityScore}).
 *
 * <p>The search compares units first (one track of one focus: profiles that differ only by their level's skills):
 * each unit with every unit of another focus, to keep its {@value #UNITS} nearest of other focuses and its
 * {@value #UNITS} nearest of other functions; then each profile with the profiles of those units only. The scores
 * are exact; the search is exhaustive when at most {@value #UNITS} units lie outside a focus (the shipped taxonomy
 * has 22), and otherwise assumes that a profile's nearest profiles are in the {@value #UNITS} units nearest to its
 * own.
 */
public final class SimilarProfiles {
    /** How many profiles of other focuses, and of other functions, are kept for each profile. */
    public static final int NEAREST = 10;
    /** How many units of other focuses, and of other functions, each unit's profiles are compared with. */
    static final int UNITS = 32;

    private final ProfileVectors vectors;

    SimilarProfiles(ProfileData data) {
        this.vectors = new ProfileVectors(data);
    }

    /**
     * The similarities of the profiles of {@code taxonomy}, mapped to occupations in {@code mappings}, with the
     * occupational base from {@code onet}'s ratings.
     */
    static Graph derive(Rows taxonomy, Rows mappings, Rows onet) {
        return new SimilarProfiles(ProfileData.read(taxonomy, mappings, onet)).toGraph();
    }

    ProfileVectors vectors() {
        return vectors;
    }

    /** The pairs to store, keyed by (lower index, higher index), with their similarity. */
    Map<List<Integer>, Double> pairs() {
        int[][][] nearUnits = nearestUnits();
        List<Profile> profiles = vectors.profiles;
        Map<Node, List<Integer>> byFocus = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            byFocus.computeIfAbsent(profiles.get(i).focus(), k -> new ArrayList<>()).add(i);
        }
        List<double[]> found = IntStream.range(0, profiles.size()).parallel().mapToObj(p -> {
            List<double[]> mine = new ArrayList<>();
            for (int q : byFocus.get(profiles.get(p).focus())) {
                if (q != p && !profiles.get(q).retired()) {
                    mine.add(new double[] {p, q, vectors.similarity(p, q)});
                }
            }
            for (int[] near : nearUnits[vectors.unitOf[p]]) {
                PriorityQueue<double[]> best = new PriorityQueue<>(worstFirst());
                for (int u : near) {
                    for (int q : vectors.units.get(u).profiles()) {
                        if (!profiles.get(q).retired()) {
                            offer(best, new double[] {p, q, vectors.similarity(p, q)}, NEAREST);
                        }
                    }
                }
                mine.addAll(best);
            }
            return mine;
        }).flatMap(List::stream).toList();
        Map<List<Integer>, Double> pairs = new TreeMap<>(Comparator.<List<Integer>>comparingInt(k -> k.get(0))
                .thenComparingInt(k -> k.get(1)));
        for (double[] f : found) {
            int p = (int) f[0];
            int q = (int) f[1];
            pairs.put(List.of(Math.min(p, q), Math.max(p, q)), f[2]);
        }
        return pairs;
    }

    /** For each unit, its {@value #UNITS} most similar units of other focuses, then of other functions. */
    private int[][][] nearestUnits() {
        List<Unit> units = vectors.units;
        UnitCosines cosines = new UnitCosines(units.stream().map(Unit::canon).toList(), vectors.featureCount());
        return IntStream.range(0, units.size()).parallel().mapToObj(u -> {
            float[] canon = cosines.row(u);
            Unit own = units.get(u);
            PriorityQueue<double[]> otherFocuses = new PriorityQueue<>(worstFirst());
            PriorityQueue<double[]> otherFunctions = new PriorityQueue<>(worstFirst());
            for (int v = 0; v < units.size(); v++) {
                Unit other = units.get(v);
                if (!other.focus().equals(own.focus())) {
                    double[] candidate = {u, v, ProfileVectors.combine(canon[v], own.base(), other.base())};
                    offer(otherFocuses, candidate, UNITS);
                    if (!other.function().equals(own.function())) {
                        offer(otherFunctions, candidate, UNITS);
                    }
                }
            }
            return new int[][] {indexes(otherFocuses), indexes(otherFunctions)};
        }).toArray(int[][][]::new);
    }

    private static int[] indexes(PriorityQueue<double[]> found) {
        return found.stream().mapToInt(x -> (int) x[1]).toArray();
    }

    /** Lowest similarity first, then the higher index (so that, at equal scores, the lower index stays). */
    private static Comparator<double[]> worstFirst() {
        return Comparator.<double[]>comparingDouble(x -> x[2]).thenComparingDouble(x -> -x[1]);
    }

    private static void offer(PriorityQueue<double[]> best, double[] candidate, int k) {
        if (best.size() < k || worstFirst().compare(candidate, best.peek()) > 0) {
            best.add(candidate);
            if (best.size() > k) {
                best.poll();
            }
        }
    }

    /** The pairs as triples (see the class comment). */
    Graph toGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(Canon.GRAPH_SIMILAR_PROFILES), DCTerms.description.asNode(),
                NodeFactory.createLiteralLang("Skill similarity of Canon profiles: every pair of the same focus, and "
                        + "each profile's " + NEAREST + " most similar profiles of other focuses and of other functions.",
                        "en"));
        pairs().forEach((pair, score) -> {
            Profile a = vectors.profiles.get(pair.get(0));
            Profile b = vectors.profiles.get(pair.get(1));
            Node entry = NodeFactory.createURI(Canon.profileSimilarity(a.code(), b.code()));
            g.add(entry, Canon.similarProfile.asNode(), a.iri());
            g.add(entry, Canon.similarProfile.asNode(), b.iri());
            g.add(entry, Canon.similarityScore.asNode(), SimilarOccupations.decimal(score));
        });
        return g;
    }
}
