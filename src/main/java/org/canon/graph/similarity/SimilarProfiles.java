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
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.canon.graph.similarity.ProfileData.Profile;
import org.canon.graph.similarity.ProfileVectors.Unit;
import org.canon.graph.vocab.Canon;

/**
 * The skill similarity between Canon profiles ({@link ProfileVectors}) and their {@link Blend} with the structural
 * distance, materialised for what queries need: every pair of profiles of the same focus; for each profile its
 * {@value #NEAREST} most similar profiles of other focuses and of other functions; and its {@value #NEAREST} highest
 * blends among the other focuses of its function and among other functions (retired profiles are never anyone's
 * neighbour). Together they hold, for every profile, the exact first {@value #NEAREST} by skills among all profiles,
 * among those of other focuses and among those of other functions (the three scopes of the {@code similar-profiles}
 * query), the exact first {@value #NEAREST} by blend among all profiles and among those of other functions
 * ({@code adjacency} with {@code mode=blend}, {@code career-paths} with {@code otherFunctions}), and the similarity of
 * every profile of its focus, which a structural neighbour query ranks first. {@value #NEAREST} is the default limit of
 * those queries. The graph grows linearly with the taxonomy: at most 10 + 4 x {@value #NEAREST} pairs per profile
 * (fewer, as the lists overlap and a pair found from both sides is stored once), 4 triples each
 * ({@code canon:similarProfile} twice, {@code canon:similarityScore}, {@code canon:blendScore}), and for each profile
 * its {@value #NEAREST} highest blends in other functions marked with {@code canon:otherFunctionMoveOf} the profile
 * (the candidates of {@code career-paths} with {@code otherFunctions}).
 *
 * <p>Rankings here use the stored values (4 places) and break ties by code, as the queries do. The search compares
 * units first (one track of one focus: profiles that differ only by their level's skills): each unit with every unit
 * of another focus, to keep its {@value #UNITS} nearest of other focuses, of other functions and of the other focuses
 * of its function; then each profile with the profiles of those units only. The scores are exact; the search is
 * exhaustive when at most {@value #UNITS} units lie outside a focus (the shipped taxonomy has 22), and otherwise
 * assumes that a profile's nearest profiles, and its highest blends, are in the {@value #UNITS} units nearest to its
 * own.
 */
public final class SimilarProfiles {
    /** How many profiles of each list are kept for each profile. */
    public static final int NEAREST = 10;
    /** How many units of other focuses, of other functions, and of other focuses of the function, each unit's profiles are compared with. */
    static final int UNITS = 32;

    /**
     * A stored pair: the two profiles (lower index first), the skill similarity and the blend, in units of 1/10000, and
     * whether it is one of a's (b's) {@value #NEAREST} highest blends among the profiles of other functions.
     */
    record Pair(int a, int b, int skill, int blend, boolean moveOfA, boolean moveOfB) {
        Pair(int a, int b, int skill, int blend) {
            this(a, b, skill, blend, false, false);
        }

        /** The same pair, marked as one of {@code p}'s highest blends in other functions. */
        Pair moveOf(int p) {
            return new Pair(a, b, skill, blend, moveOfA || p == a, moveOfB || p == b);
        }

        /** The same pair with the marks of both. */
        Pair merge(Pair other) {
            return new Pair(a, b, skill, blend, moveOfA || other.moveOfA, moveOfB || other.moveOfB);
        }
    }

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

    /** The stored skill similarity of two profiles, in units of 1/10000. */
    int skill(int p, int q) {
        return (int) Math.round(vectors.similarity(p, q) * 10_000);
    }

    /** The pair of two profiles with its skill similarity and blend. */
    Pair pair(int p, int q) {
        int skill = skill(p, q);
        return new Pair(Math.min(p, q), Math.max(p, q), skill,
                Blend.of(skill, vectors.profiles.get(p), vectors.profiles.get(q)));
    }

    /** The pairs to store, ordered by their profiles' indexes. */
    List<Pair> pairs() {
        int[][][] nearUnits = nearestUnits();
        List<Profile> profiles = vectors.profiles;
        Map<Node, List<Integer>> byFocus = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            byFocus.computeIfAbsent(profiles.get(i).focus(), k -> new ArrayList<>()).add(i);
        }
        List<Pair> found = IntStream.range(0, profiles.size()).parallel().mapToObj(p -> {
            List<Pair> mine = new ArrayList<>();
            for (int q : byFocus.get(profiles.get(p).focus())) {
                if (q != p && !profiles.get(q).retired()) {
                    mine.add(pair(p, q));
                }
            }
            int[][] near = nearUnits[vectors.unitOf[p]];
            mine.addAll(best(p, near[OTHER_FOCUSES], Pair::skill));
            mine.addAll(best(p, near[OTHER_FUNCTIONS], Pair::skill));
            mine.addAll(best(p, near[FUNCTION], Pair::blend));
            best(p, near[OTHER_FUNCTIONS], Pair::blend).forEach(x -> mine.add(x.moveOf(p)));
            return mine;
        }).flatMap(List::stream).toList();
        Map<List<Integer>, Pair> pairs = new TreeMap<>(Comparator.<List<Integer>>comparingInt(k -> k.get(0))
                .thenComparingInt(k -> k.get(1)));
        found.forEach(f -> pairs.merge(List.of(f.a(), f.b()), f, Pair::merge));
        return List.copyOf(pairs.values());
    }

    /** The {@value #NEAREST} pairs of {@code p} with the active profiles of these units that rank first by {@code value}. */
    private List<Pair> best(int p, int[] units, java.util.function.ToIntFunction<Pair> value) {
        Comparator<Pair> worstFirst = Comparator.comparingInt(value)
                .thenComparing(x -> vectors.profiles.get(x.a() == p ? x.b() : x.a()).code(), Comparator.reverseOrder());
        PriorityQueue<Pair> best = new PriorityQueue<>(worstFirst);
        for (int u : units) {
            for (int q : vectors.units.get(u).profiles()) {
                if (!vectors.profiles.get(q).retired()) {
                    Pair candidate = pair(p, q);
                    if (best.size() < NEAREST || worstFirst.compare(candidate, best.peek()) > 0) {
                        best.add(candidate);
                        if (best.size() > NEAREST) {
                            best.poll();
                        }
                    }
                }
            }
        }
        return List.copyOf(best);
    }

    /** The lists of units in {@link #nearestUnits()}. */
    private static final int OTHER_FOCUSES = 0;
    private static final int OTHER_FUNCTIONS = 1;
    private static final int FUNCTION = 2;

    /**
     * For each unit, its {@value #UNITS} most similar units of other focuses, of other functions and of the other
     * focuses of its function (indexed {@link #OTHER_FOCUSES}, {@link #OTHER_FUNCTIONS}, {@link #FUNCTION}).
     */
    private int[][][] nearestUnits() {
        List<Unit> units = vectors.units;
        UnitCosines cosines = new UnitCosines(units.stream().map(Unit::canon).toList(), vectors.featureCount());
        return IntStream.range(0, units.size()).parallel().mapToObj(u -> {
            float[] canon = cosines.row(u);
            Unit own = units.get(u);
            PriorityQueue<double[]> otherFocuses = new PriorityQueue<>(worstFirst());
            PriorityQueue<double[]> otherFunctions = new PriorityQueue<>(worstFirst());
            PriorityQueue<double[]> function = new PriorityQueue<>(worstFirst());
            for (int v = 0; v < units.size(); v++) {
                Unit other = units.get(v);
                if (!other.focus().equals(own.focus())) {
                    double[] candidate = {u, v, ProfileVectors.combine(canon[v], own.base(), other.base())};
                    offer(otherFocuses, candidate, UNITS);
                    offer(other.function().equals(own.function()) ? function : otherFunctions, candidate, UNITS);
                }
            }
            return new int[][] {indexes(otherFocuses), indexes(otherFunctions), indexes(function)};
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
                NodeFactory.createLiteralLang("Skill similarity and blend of Canon profiles: every pair of the same "
                        + "focus, and each profile's " + NEAREST + " most similar profiles of other focuses and of other "
                        + "functions and its " + NEAREST + " highest blends in the other focuses of its function and in "
                        + "other functions.", "en"));
        for (Pair pair : pairs()) {
            Profile a = vectors.profiles.get(pair.a());
            Profile b = vectors.profiles.get(pair.b());
            Node entry = NodeFactory.createURI(Canon.profileSimilarity(a.code(), b.code()));
            g.add(entry, Canon.similarProfile.asNode(), a.iri());
            g.add(entry, Canon.similarProfile.asNode(), b.iri());
            g.add(entry, Canon.similarityScore.asNode(), decimal(pair.skill()));
            g.add(entry, Canon.blendScore.asNode(), decimal(pair.blend()));
            if (pair.moveOfA()) {
                g.add(entry, Canon.otherFunctionMoveOf.asNode(), a.iri());
            }
            if (pair.moveOfB()) {
                g.add(entry, Canon.otherFunctionMoveOf.asNode(), b.iri());
            }
        }
        return g;
    }

    /** A value in units of 1/10000 as an xsd:decimal. */
    static Node decimal(int units) {
        return decimal(java.math.BigDecimal.valueOf(units, 4));
    }

    /**
     * A value as an xsd:decimal in its canonical form (0.968, not 0.9680; 1.0, not 1): TDB2 keeps such values inline
     * and matches them by their canonical form, so a triple stored with another form would survive the replacing of
     * its graph.
     */
    static Node decimal(java.math.BigDecimal value) {
        return NodeValue.makeDecimal(value).asNode();
    }
}
