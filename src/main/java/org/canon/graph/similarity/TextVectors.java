package org.canon.graph.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF vectors of short texts and the cosine between every pair of them. Each item is a list of texts (an
 * occupation's titles, or its one definition); a word's weight in an item is {@code (1 + ln n) * ln(N / df)},
 * where n is the number of the item's texts that contain the word, N the number of items and df the number of
 * items whose texts contain it. Words are runs of letters and digits, lower-cased, of two characters or more,
 * less a few function words.
 */
final class TextVectors {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
    private static final Set<String> STOP = Set.of("and", "of", "the", "in", "or", "for", "to", "with", "all", "other",
            "except", "on", "as", "by", "an", "at", "such", "from", "is", "are", "be");

    private TextVectors() {}

    /**
     * The cosine of the TF-IDF vectors of every pair of items, row-major ({@code n * n}); 0 for an item without
     * words.
     */
    static float[] cosines(List<List<String>> items) {
        int n = items.size();
        Map<String, Integer> ids = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        for (List<String> texts : items) {
            Map<Integer, Integer> c = new HashMap<>();
            for (String text : texts) {
                for (String w : words(text)) {
                    c.merge(ids.computeIfAbsent(w, k -> ids.size()), 1, Integer::sum);
                }
            }
            counts.add(c);
        }
        int[] df = new int[ids.size()];
        counts.forEach(c -> c.keySet().forEach(t -> df[t]++));
        // an inverted index: for each word, the items that have it and its weight in each
        int[][] holders = new int[df.length][];
        float[][] weights = new float[df.length][];
        int[] filled = new int[df.length];
        for (int t = 0; t < df.length; t++) {
            holders[t] = new int[df[t]];
            weights[t] = new float[df[t]];
        }
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> v = new HashMap<>();
            counts.get(i).forEach((t, c) -> v.put(t, (1 + Math.log(c)) * Math.log((double) n / df[t])));
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            for (Map.Entry<Integer, Double> e : v.entrySet()) {
                int t = e.getKey();
                holders[t][filled[t]] = i;
                weights[t][filled[t]++] = norm == 0 ? 0 : (float) (e.getValue() / norm);
            }
        }
        // only the pairs that share a word are visited
        float[] cos = new float[n * n];
        for (int t = 0; t < holders.length; t++) {
            for (int x = 0; x < holders[t].length; x++) {
                int row = holders[t][x] * n;
                float w = weights[t][x];
                for (int y = 0; y < holders[t].length; y++) {
                    cos[row + holders[t][y]] += w * weights[t][y];
                }
            }
        }
        return cos;
    }

    /** The distinct words of a text. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }
}
