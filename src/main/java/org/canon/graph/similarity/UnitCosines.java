package org.canon.graph.similarity;

import java.util.List;

/**
 * The cosines of one unit's Canon skills with every unit's, for the search of {@link SimilarProfiles}. Skills held by
 * many units (skill groups, generic skills, track and function skills: more than 1/{@value #DENSE_SHARE} of the units)
 * are kept as a dense block and multiplied out; the others through an inverted index, so that only the units that
 * share one are visited. The vectors are normalised, so the dot product is the cosine.
 */
final class UnitCosines {
    static final int DENSE_SHARE = 64;
    private final int n;
    private final float[][] dense;
    private final int[] column;
    private final int[][] holders;
    private final float[][] weights;
    private final List<SkillVector> vectors;

    UnitCosines(List<SkillVector> vectors, int features) {
        this.vectors = vectors;
        this.n = vectors.size();
        int[] df = new int[features];
        vectors.forEach(v -> {
            for (int f : v.features()) {
                df[f]++;
            }
        });
        int threshold = Math.max(1, n / DENSE_SHARE);
        column = new int[features];
        int columns = 0;
        holders = new int[features][];
        weights = new float[features][];
        for (int f = 0; f < features; f++) {
            column[f] = df[f] > threshold ? columns++ : -1;
            if (column[f] < 0) {
                holders[f] = new int[df[f]];
                weights[f] = new float[df[f]];
            }
        }
        dense = new float[n][columns];
        int[] filled = new int[features];
        for (int u = 0; u < n; u++) {
            SkillVector v = vectors.get(u);
            for (int i = 0; i < v.features().length; i++) {
                int f = v.features()[i];
                if (column[f] >= 0) {
                    dense[u][column[f]] = v.weights()[i];
                } else {
                    holders[f][filled[f]] = u;
                    weights[f][filled[f]++] = v.weights()[i];
                }
            }
        }
    }

    /** The cosine of unit {@code u} with every unit, by unit index. */
    float[] row(int u) {
        float[] row = new float[n];
        SkillVector v = vectors.get(u);
        for (int i = 0; i < v.features().length; i++) {
            int f = v.features()[i];
            if (column[f] < 0) {
                for (int k = 0; k < holders[f].length; k++) {
                    row[holders[f][k]] += v.weights()[i] * weights[f][k];
                }
            }
        }
        float[] mine = dense[u];
        if (mine.length > 0) {
            for (int w = 0; w < n; w++) {
                float[] other = dense[w];
                float s = 0;
                for (int c = 0; c < mine.length; c++) {
                    s += mine[c] * other[c];
                }
                row[w] += s;
            }
        }
        return row;
    }
}
