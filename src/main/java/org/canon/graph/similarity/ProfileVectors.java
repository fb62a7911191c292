package org.canon.graph.similarity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.canon.graph.similarity.ProfileData.Profile;

/**
 * The effective skills of every profile as vectors, and the skill similarity of two profiles.
 *
 * <p>A profile's Canon skills are the direct skills of its focus, function, track and level, weight 1, and every
 * skill they reach up skos:broader, weight {@value #BROADER_DECAY} per step (a skill reached in several ways keeps its
 * largest weight). Its occupational base is the O*NET Skills importance of its mapped occupations, each element
 * weighted by how far its importance is above its mean over all rated occupations (0 at or below: what is
 * distinctive of the occupation), averaged over the mapped occupations. The similarity is the cosine of the two
 * blocks put together, each normalised to length 1 and weighted {@code 1 - b} and {@code b} (b =
 * {@value #OCCUPATIONAL_WEIGHT}): {@code ((1 - b) cos(canon) + b cos(base)) / (n(p) n(q))}, where n is 1 for a
 * profile with an occupational base and {@code sqrt(1 - b)} for one without. It is in [0, 1] and symmetric.
 *
 * <p>Profiles that share their focus, track and occupations (a "unit": the ladder of one track of a focus) differ
 * only by their level's skills; units are what the search compares first ({@link SimilarProfiles}).
 */
final class ProfileVectors {
    static final double BROADER_DECAY = 0.5;
    static final double OCCUPATIONAL_WEIGHT = 0.5;

    /** One track of one focus with the same rated occupations: its profiles, and its vector without level skills. */
    record Unit(Node focus, Node function, SkillVector canon, float[] base, List<Integer> profiles) {}

    final List<Profile> profiles;
    final SkillVector[] canon;
    final int[] unitOf;
    final List<Unit> units = new ArrayList<>();
    private final Map<Node, Integer> features = new HashMap<>();
    private final Map<Node, Map<Integer, Float>> byOrigin = new HashMap<>();
    private final ProfileData data;

    ProfileVectors(ProfileData data) {
        this.data = data;
        this.profiles = data.profiles;
        this.canon = new SkillVector[profiles.size()];
        this.unitOf = new int[profiles.size()];
        Map<Node, float[]> bases = bases(data);
        Map<List<Object>, List<Integer>> byUnit = new LinkedHashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            Profile p = profiles.get(i);
            canon[i] = SkillVector.of(merge(p.focus(), p.function(), p.track(), p.level()));
            List<Node> rated = p.occupations().stream().filter(bases::containsKey).toList();
            byUnit.computeIfAbsent(List.of(p.focus(), p.track(), rated), k -> new ArrayList<>()).add(i);
        }
        byUnit.forEach((key, members) -> {
            Profile p = profiles.get(members.get(0));
            members.forEach(i -> unitOf[i] = units.size());
            units.add(new Unit(p.focus(), p.function(), SkillVector.of(merge(p.focus(), p.function(), p.track())),
                    base(p.occupations(), bases), List.copyOf(members)));
        });
    }

    int featureCount() {
        return features.size();
    }

    /** The similarity of two profiles. */
    double similarity(int p, int q) {
        return combine(canon[p].dot(canon[q]), units.get(unitOf[p]).base(), units.get(unitOf[q]).base());
    }

    /** The similarity from the cosine of the Canon skills and the two occupational bases (either may be null). */
    static double combine(double canonCosine, float[] base, float[] otherBase) {
        double b = OCCUPATIONAL_WEIGHT;
        double occupational = base == null || otherBase == null ? 0 : OccupationComponents.dot(base, otherBase);
        double norms = Math.sqrt((1 - b) + (base == null ? 0 : b)) * Math.sqrt((1 - b) + (otherBase == null ? 0 : b));
        return Math.min(1, ((1 - b) * canonCosine + b * occupational) / norms);
    }

    /** The Canon skills given by these origins (focus, function, track, level), each skill at its largest weight. */
    private Map<Integer, Float> merge(Node... origins) {
        Map<Integer, Float> all = new HashMap<>();
        for (Node origin : origins) {
            byOrigin.computeIfAbsent(origin, this::expand).forEach((f, w) -> all.merge(f, w, Math::max));
        }
        return all;
    }

    /** One origin's direct skills (1) and what they reach up skos:broader (0.5 per step), breadth first. */
    private Map<Integer, Float> expand(Node origin) {
        Map<Integer, Float> weights = new HashMap<>();
        Deque<Object[]> queue = new ArrayDeque<>();
        data.directSkills.getOrDefault(origin, List.of()).forEach(s -> queue.add(new Object[] {s, 1f}));
        while (!queue.isEmpty()) {
            Object[] next = queue.poll();
            Node skill = (Node) next[0];
            float w = (Float) next[1];
            int f = features.computeIfAbsent(skill, k -> features.size());
            if (weights.getOrDefault(f, 0f) < w) {
                weights.put(f, w);
                data.broader.getOrDefault(skill, List.of())
                        .forEach(b -> queue.add(new Object[] {b, (float) (w * BROADER_DECAY)}));
            }
        }
        return weights;
    }

    /** Each rated occupation's distinctive skills: importance above the element's mean, normalised. */
    private static Map<Node, float[]> bases(ProfileData data) {
        Map<Node, Double> means = data.meanImportance();
        List<Node> elements = new ArrayList<>(means.keySet());
        Map<Node, float[]> bases = new HashMap<>();
        data.ratings.forEach((occupation, r) -> {
            float[] v = new float[elements.size()];
            for (int e = 0; e < v.length; e++) {
                Double importance = r.get(elements.get(e));
                v[e] = importance == null ? 0 : (float) Math.max(0, importance - means.get(elements.get(e)));
            }
            float[] unit = normalised(v);
            if (unit != null) {
                bases.put(occupation, unit);
            }
        });
        return bases;
    }

    /** The mean of the mapped occupations' bases, normalised; null when none has one. */
    private static float[] base(List<Node> occupations, Map<Node, float[]> bases) {
        float[] sum = null;
        for (Node o : occupations) {
            float[] v = bases.get(o);
            if (v != null) {
                sum = sum == null ? v.clone() : add(sum, v);
            }
        }
        return sum == null ? null : normalised(sum);
    }

    private static float[] add(float[] a, float[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    private static float[] normalised(float[] v) {
        double norm = Math.sqrt(OccupationComponents.dot(v, v));
        if (norm == 0) {
            return null;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
