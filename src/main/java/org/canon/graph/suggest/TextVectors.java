package org.canon.graph.suggest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * TF-IDF vectors of the concepts' titles and definitions, over the words the text index sees (English analyzer:
 * lower-cased, stemmed, no stop words), with the inverse document frequency counted over every concept of the
 * occupation schemes. Vectors are sparse, sorted by word and of length 1, so a cosine is a merge of two arrays.
 */
final class TextVectors {
    /** A sparse unit vector. */
    record Vector(int[] words, float[] weights) {
        static final Vector EMPTY = new Vector(new int[0], new float[0]);

        double cosine(Vector o) {
            double dot = 0;
            int i = 0, j = 0;
            while (i < words.length && j < o.words.length) {
                if (words[i] == o.words[j]) {
                    dot += weights[i++] * o.weights[j++];
                } else if (words[i] < o.words[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot;
        }

        boolean isEmpty() {
            return words.length == 0;
        }
    }

    /** The vectors of one concept. */
    record Texts(Vector label, List<Vector> titles, Vector allTitles, Vector definition, Set<String> titleKeys) {}

    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, Integer> documentFrequency = new HashMap<>();
    private int documents;
    private final Function<String, List<String>> analyzer;

    TextVectors(Function<String, List<String>> analyzer) {
        this.analyzer = analyzer;
    }

    /** Counts one concept's words for the document frequencies (titles and definition as one document). */
    void count(Collection<String> titles, String definition) {
        Set<Integer> seen = new HashSet<>();
        titles.forEach(t -> analyzer.apply(t).forEach(w -> seen.add(id(w))));
        analyzer.apply(definition).forEach(w -> seen.add(id(w)));
        seen.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        documents++;
    }

    /** The vectors of one concept (after every concept was counted). */
    Texts texts(String label, List<String> altLabels, String definition) {
        List<String> all = new ArrayList<>();
        all.add(label);
        all.addAll(altLabels);
        List<Vector> titles = new ArrayList<>();
        for (String t : all) {
            Vector v = vector(analyzer.apply(t));
            if (!v.isEmpty()) {
                titles.add(v);
            }
        }
        List<String> allWords = new ArrayList<>();
        all.forEach(t -> allWords.addAll(analyzer.apply(t)));
        Set<String> keys = new LinkedHashSet<>();
        all.forEach(t -> keys.add(key(t)));
        keys.remove("");
        return new Texts(vector(analyzer.apply(label)), titles, vector(allWords), vector(analyzer.apply(definition)), keys);
    }

    /** A title as compared for "shared titles": accents, case, punctuation and extra spaces aside. */
    static String key(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z0-9]+", " ").trim();
    }

    private Vector vector(List<String> words) {
        if (words.isEmpty()) {
            return Vector.EMPTY;
        }
        Map<Integer, Integer> tf = new HashMap<>();
        words.forEach(w -> tf.merge(id(w), 1, Integer::sum));
        int[] ws = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] weights = new float[ws.length];
        double norm = 0;
        for (int i = 0; i < ws.length; i++) {
            double idf = Math.log((documents + 1.0) / (documentFrequency.getOrDefault(ws[i], 0) + 1.0)) + 1;
            double w = (1 + Math.log(tf.get(ws[i]))) * idf;
            weights[i] = (float) w;
            norm += w * w;
        }
        double n = Math.sqrt(norm);
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= (float) n;
        }
        return new Vector(ws, weights);
    }

    private synchronized int id(String word) {
        return ids.computeIfAbsent(word, w -> ids.size());
    }

    /** The best cosine between any vector of one list and any of the other. */
    static double best(List<Vector> a, List<Vector> b) {
        double best = 0;
        for (Vector x : a) {
            for (Vector y : b) {
                best = Math.max(best, x.cosine(y));
            }
        }
        return best;
    }

    static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() < b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        return (int) small.stream().filter(large::contains).count();
    }

    static List<String> sharedTitles(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).toList();
    }

}
