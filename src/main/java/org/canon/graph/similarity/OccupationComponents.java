package org.canon.graph.similarity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.canon.graph.similarity.OccupationData.Domain;
import org.canon.graph.similarity.OccupationData.Occupation;

/**
 * The components of the occupation similarity, each a similarity in [0, 1] between two occupations, computed for
 * every pair at once ({@code n * n} values, row-major). A component that does not apply to a pair (an occupation
 * without ratings, or without a job zone) is {@link Float#NaN} there, and the score leaves it out.
 */
public final class OccupationComponents {

    /** The components, by the name the weights file uses. */
    public enum Component {
        /** Cosine of the two occupations' Skills importance ratings (scale IM). */
        SKILLS("skills"),
        /** Cosine of their Knowledge importance ratings. */
        KNOWLEDGE("knowledge"),
        /** Cosine of their Skills and Knowledge importance ratings as one vector (the plain baseline). */
        SKILLS_KNOWLEDGE("skillsKnowledge"),
        /** Cosine of their Skills and Knowledge level ratings (scale LV), as one vector. */
        LEVELS("levels"),
        /** Cosine of the TF-IDF vectors of their titles: title, alternate titles and reported titles. */
        TITLES("titles"),
        /** Cosine of the TF-IDF vectors of their descriptions. */
        DESCRIPTIONS("descriptions"),
        /** The SOC group they share: 1 same SOC occupation, 0.75 broad group, 0.5 minor group, 0.25 major group, else 0. */
        SOC_GROUP("socGroup"),
        /** 1 - |job zone difference| / 4. */
        JOB_ZONE("jobZone");

        /** All components, in order (one array, not a new one per call as {@code values()} gives). */
        public static final List<Component> ALL = List.of(values());
        public final String key;

        Component(String key) {
            this.key = key;
        }
    }

    private final int n;
    private final Map<Component, float[]> values = new EnumMap<>(Component.class);

    OccupationComponents(OccupationData data) {
        n = data.size();
        Domain skills = data.domains.get(OccupationData.SKILLS);
        Domain knowledge = data.domains.get(OccupationData.KNOWLEDGE);
        values.put(Component.SKILLS, cosines(skills.importance()));
        values.put(Component.KNOWLEDGE, cosines(knowledge.importance()));
        values.put(Component.SKILLS_KNOWLEDGE, cosines(concat(skills.importance(), knowledge.importance())));
        values.put(Component.LEVELS, cosines(concat(skills.level(), knowledge.level())));
        List<List<String>> titles = new ArrayList<>();
        List<List<String>> descriptions = new ArrayList<>();
        for (Occupation o : data.occupations) {
            List<String> t = new ArrayList<>(o.altLabels());
            t.add(o.title());
            titles.add(t);
            descriptions.add(List.of(o.definition()));
        }
        values.put(Component.TITLES, TextVectors.cosines(titles));
        values.put(Component.DESCRIPTIONS, TextVectors.cosines(descriptions));
        float[] soc = new float[n * n];
        float[] zone = new float[n * n];
        for (int a = 0; a < n; a++) {
            Occupation oa = data.occupations.get(a);
            for (int b = 0; b < n; b++) {
                Occupation ob = data.occupations.get(b);
                soc[a * n + b] = socGroup(oa.code(), ob.code());
                zone[a * n + b] = oa.jobZone() == 0 || ob.jobZone() == 0 ? Float.NaN
                        : 1 - Math.abs(oa.jobZone() - ob.jobZone()) / 4f;
            }
        }
        values.put(Component.SOC_GROUP, soc);
        values.put(Component.JOB_ZONE, zone);
    }

    int size() {
        return n;
    }

    /** The value of one component for the pair (a, b); NaN when it does not apply. */
    float get(Component c, int a, int b) {
        return values.get(c)[a * n + b];
    }

    /** All values of one component, row-major. */
    float[] values(Component c) {
        return values.get(c);
    }

    /**
     * The SOC group two O*NET-SOC codes share (NN-NNNN.NN: the SOC occupation is the first 7 characters, its broad
     * group the first 6, its minor group the first 5, its major group the first 2).
     */
    static float socGroup(String a, String b) {
        if (a.regionMatches(0, b, 0, 7)) {
            return 1f;
        }
        if (a.regionMatches(0, b, 0, 6)) {
            return 0.75f;
        }
        if (a.regionMatches(0, b, 0, 5)) {
            return 0.5f;
        }
        return a.regionMatches(0, b, 0, 2) ? 0.25f : 0f;
    }

    /** Cosine of every pair of rows; NaN where a row is missing or all zero. */
    static float[] cosines(float[][] rows) {
        int n = rows.length;
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = rows[i] == null ? 0 : Math.sqrt(dot(rows[i], rows[i]));
        }
        float[] cos = new float[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                float v = norms[a] == 0 || norms[b] == 0 ? Float.NaN : (float) (dot(rows[a], rows[b]) / (norms[a] * norms[b]));
                cos[a * n + b] = v;
                cos[b * n + a] = v;
            }
        }
        return cos;
    }

    static double dot(float[] x, float[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** Each row of {@code a} followed by the same row of {@code b}; null when either is missing. */
    private static float[][] concat(float[][] a, float[][] b) {
        float[][] out = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            if (a[i] != null && b[i] != null) {
                out[i] = new float[a[i].length + b[i].length];
                System.arraycopy(a[i], 0, out[i], 0, a[i].length);
                System.arraycopy(b[i], 0, out[i], a[i].length, b[i].length);
            }
        }
        return out;
    }
}
