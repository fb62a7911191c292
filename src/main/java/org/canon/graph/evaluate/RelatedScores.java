package org.canon.graph.evaluate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The figures of a ranking of similar occupations against a reference: precision@10, recall@20 and nDCG@10 (binary
 * gains, {@link RankingMetrics}), each the mean over the reference's source occupations that are present in the
 * ranking and have primary related occupations.
 *
 * @param occupations how many source occupations were scored
 */
public record RelatedScores(int occupations, double precision10, double recall20, double ndcg10) {

    /**
     * @param ranked  each occupation's similar occupations, best first (at least 20 are looked at)
     * @param truth   the reference's primary related occupations by source occupation
     * @param sources which source occupations to score (those absent from {@code ranked} are skipped)
     */
    static RelatedScores of(Function<String, List<String>> ranked, Map<String, Set<String>> truth,
                            Collection<String> sources) {
        RankingMetrics.Mean p10 = new RankingMetrics.Mean();
        RankingMetrics.Mean r20 = new RankingMetrics.Mean();
        RankingMetrics.Mean n10 = new RankingMetrics.Mean();
        for (String source : sources) {
            List<String> list = ranked.apply(source);
            Set<String> relevant = truth.get(source);
            if (list == null || list.isEmpty() || relevant == null || relevant.isEmpty()) {
                continue;
            }
            p10.add(RankingMetrics.precisionAt(10, list, relevant));
            r20.add(RankingMetrics.recallAt(20, list, relevant));
            n10.add(RankingMetrics.ndcgAt(10, list, relevant));
        }
        return new RelatedScores(p10.count(), p10.value(), r20.value(), n10.value());
    }

    /** E.g. {@code 448 occupations: precision@10 0.4020, recall@20 0.5594, nDCG@10 0.4615}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d occupations: precision@10 %.4f, recall@20 %.4f, nDCG@10 %.4f",
                occupations, precision10, recall20, ndcg10);
    }

    /** The figures rounded to 4 places, in the order of the {@code --json} file. */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("occupations", occupations);
        m.put("precision10", round(precision10));
        m.put("recall20", round(recall20));
        m.put("ndcg10", round(ndcg10));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
