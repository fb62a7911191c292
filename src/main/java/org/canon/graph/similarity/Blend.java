package org.canon.graph.similarity;

import org.canon.graph.similarity.ProfileData.Profile;

/**
 * The blend of structure and skills that {@code adjacency} ({@code mode=blend}) and {@code career-paths}
 * ({@code otherFunctions}) rank by, stated here once and stored with each pair as {@code canon:blendScore}:
 *
 * <pre>blend = 0.5 * skillSimilarity + 0.5 * (1 - distance)</pre>
 *
 * where skillSimilarity is the stored similarity (4 places) and distance the structural distance of the adjacency
 * query, {@code 0.5 t + 0.35 min(1, |grade difference| / 6) + 0.15 x}. The rule is stated for the queries in the
 * derivation {@code sparql/derived/structural-distances.rq} (the entries the queries read); it is restated here, in
 * whole numbers, because the similarity builder needs it to store each profile's highest blends; {@code BlendTest}
 * checks that both give the same distance for pairs of the shipped taxonomy and of a generated one.
 *
 * <p>Both are computed exactly in whole numbers: the distance in units of 1/120000 and the blend in units of
 * 1/240000 (every term of both is a whole number of those), so that the blend rounds to 4 places (half up) the same
 * way whatever the pair, and ties are real ties, broken by code as the queries break them.
 */
final class Blend {
    /** Units of the distance per 1. */
    static final int DISTANCE_UNITS = 120_000;

    private Blend() {}

    /** The structural distance of two profiles, in units of 1/{@value #DISTANCE_UNITS}. */
    static int distance(Profile a, Profile b) {
        int t = a.focus().equals(b.focus()) ? 0 : a.function().equals(b.function()) ? 1 : 2;
        int grades = Math.min(6, Math.abs(a.grade() - b.grade()));
        int x = a.track().equals(b.track()) ? 0 : 1;
        // 0.5 t + 0.35 grades / 6 + 0.15 x, with t in halves
        return 30_000 * t + 7_000 * grades + 18_000 * x;
    }

    /** The blend in units of 1/10000 (4 places, half up), from the skill similarity in units of 1/10000. */
    static int of(int skill, Profile a, Profile b) {
        // 240000 blend = 120000 skill + 120000 (1 - distance) = 12 (skill in 1/10000) + (120000 - distance units)
        int units = 12 * skill + DISTANCE_UNITS - distance(a, b);
        return (units + 12) / 24;
    }
}
