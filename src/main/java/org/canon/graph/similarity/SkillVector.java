package org.canon.graph.similarity;

import java.util.Arrays;
import java.util.Map;

/** A sparse vector of skill weights (feature indexes in increasing order), normalised to length 1 unless empty. */
record SkillVector(int[] features, float[] weights) {

    /** The vector of {@code weights} by feature index, normalised. */
    static SkillVector of(Map<Integer, Float> weights) {
        int[] f = weights.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] w = new float[f.length];
        double norm = 0;
        for (int i = 0; i < f.length; i++) {
            w[i] = weights.get(f[i]);
            norm += w[i] * w[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (w[i] / norm);
        }
        return new SkillVector(f, w);
    }

    /** The dot product, by merging the two index lists. */
    double dot(SkillVector o) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < features.length && j < o.features.length) {
            if (features[i] == o.features[j]) {
                s += weights[i++] * o.weights[j++];
            } else if (features[i] < o.features[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SkillVector v && Arrays.equals(features, v.features) && Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(features) * 31 + Arrays.hashCode(weights);
    }
}
