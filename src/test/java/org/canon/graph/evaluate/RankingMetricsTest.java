package org.canon.graph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Known answers worked out by hand for a ranked list a b c d e and the right answers {b, d, x}. */
class RankingMetricsTest {
    private static final List<String> RANKED = List.of("a", "b", "c", "d", "e");
    private static final Set<String> RIGHT = Set.of("b", "d", "x");

    @Test
    void firstRightAnswerAndHits() {
        assertThat(RankingMetrics.firstRelevantRank(RANKED, RIGHT)).isEqualTo(2);
        assertThat(RankingMetrics.hitAt(1, RANKED, RIGHT)).isZero();
        assertThat(RankingMetrics.hitAt(2, RANKED, RIGHT)).isEqualTo(1);
        assertThat(RankingMetrics.found(RANKED, RIGHT)).isEqualTo(1);
        assertThat(RankingMetrics.found(RANKED, Set.of("z"))).isZero();
        assertThat(RankingMetrics.reciprocalRank(RANKED, RIGHT)).isEqualTo(0.5);
        assertThat(RankingMetrics.reciprocalRank(RANKED, Set.of("z"))).isZero();
    }

    @Test
    void precisionAndRecall() {
        assertThat(RankingMetrics.precisionAt(4, RANKED, RIGHT)).isEqualTo(0.5);
        // places beyond the list count as wrong
        assertThat(RankingMetrics.precisionAt(10, RANKED, RIGHT)).isEqualTo(0.2);
        assertThat(RankingMetrics.recallAt(4, RANKED, RIGHT)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(RankingMetrics.recallAt(1, RANKED, RIGHT)).isZero();
    }

    @Test
    void ndcg() {
        // DCG@5 = 1/log2(3) + 1/log2(5); ideal with 3 right answers = 1 + 1/log2(3) + 1/log2(4)
        double dcg = 1 / log2(3) + 1 / log2(5);
        double ideal = 1 + 1 / log2(3) + 0.5;
        assertThat(RankingMetrics.ndcgAt(5, RANKED, RIGHT)).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(RankingMetrics.ndcgAt(5, List.of("b", "d", "x"), RIGHT)).isCloseTo(1.0, within(1e-12));
        assertThat(RankingMetrics.ndcgAt(5, RANKED, Set.of())).isZero();
    }

    @Test
    void meanOverQueries() {
        RankingMetrics.Mean m = new RankingMetrics.Mean();
        assertThat(m.value()).isZero();
        m.add(1);
        m.add(0);
        m.add(0.5);
        assertThat(m.count()).isEqualTo(3);
        assertThat(m.value()).isEqualTo(0.5);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
