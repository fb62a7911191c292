package org.canon.graph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The shape of a synthetic taxonomy of N profiles: which functions, which focuses in each, which levels in each focus.
 *
 * <p>Every focus has the eleven levels of both tracks (the last one fewer when N is not a multiple of 11), so there
 * are ⌈N/11⌉ focuses. Functions grow with the square root of the focus count (10 functions at 1,000 profiles, 30 at
 * 10,000, 95 at 100,000), so both the number of functions and the focuses per function grow with the taxonomy.
 */
record TaxonomyPlan(List<FunctionPlan> functions) {

    /** One function: code (capital letters), name, occupation family, its focuses and its own random source. */
    record FunctionPlan(String code, String name, String family, List<FocusPlan> focuses, long seed) {
        int profiles() {
            return focuses.stream().mapToInt(f -> f.levels().size()).sum();
        }
    }

    /** One focus: code (function code, two letters, four digits), name "{qualifier} {area}", its levels. */
    record FocusPlan(String code, String name, String qualifier, String area, List<Ladder> levels) {}

    static TaxonomyPlan of(int profiles, long seed, Vocabulary words) {
        int focusCount = (profiles + Ladder.ALL.size() - 1) / Ladder.ALL.size();
        int functionCount = (int) Math.max(1, Math.min(focusCount, Math.round(Math.sqrt(focusCount))));
        SplittableRandom random = new SplittableRandom(seed);
        List<FunctionPlan> functions = new ArrayList<>();
        int left = profiles;
        for (int f = 0; f < functionCount; f++) {
            Vocabulary.FunctionName base = words.functions().get(f % words.functions().size());
            String suffix = letters(f / words.functions().size());
            SplittableRandom own = random.split();
            int focuses = focusCount / functionCount + (f < focusCount % functionCount ? 1 : 0);
            List<FocusPlan> plans = new ArrayList<>();
            List<String[]> names = names(words, focuses, own);
            Set<String> codes = new HashSet<>();
            for (String[] name : names) {
                String code;
                do {
                    code = base.code() + suffix + name[0].charAt(0) + name[1].charAt(0) + (1000 + own.nextInt(9000));
                } while (!codes.add(code));
                List<Ladder> levels = Ladder.ALL.subList(0, Math.min(Ladder.ALL.size(), left));
                left -= levels.size();
                plans.add(new FocusPlan(code, name[0] + " " + name[1], name[0], name[1], levels));
            }
            functions.add(new FunctionPlan(base.code() + suffix, suffix.isEmpty() ? base.name() : base.name() + " " + suffix,
                    base.family(), List.copyOf(plans), own.nextLong()));
        }
        return new TaxonomyPlan(List.copyOf(functions));
    }

    /** {@code count} distinct (qualifier, area) pairs in a random order; beyond all pairs, numbered repeats. */
    private static List<String[]> names(Vocabulary words, int count, SplittableRandom random) {
        List<String[]> pairs = new ArrayList<>();
        for (String q : words.qualifiers()) {
            for (String a : words.areas()) {
                pairs.add(new String[] {q, a});
            }
        }
        Collections.shuffle(pairs, new Random(random.nextLong()));
        List<String[]> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] p = pairs.get(i % pairs.size());
            names.add(i < pairs.size() ? p : new String[] {p[0], p[1] + " " + (i / pairs.size() + 1)});
        }
        return names;
    }

    /** "" for 0, then B, C, ... Z, BA, BB, ...: a capital-letter suffix that keeps function codes unique. */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        while (n > 0) {
            s.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return s.toString();
    }

    int profiles() {
        return functions.stream().mapToInt(FunctionPlan::profiles).sum();
    }

    int focuses() {
        return functions.stream().mapToInt(f -> f.focuses().size()).sum();
    }
}
