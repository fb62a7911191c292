package org.canon.graph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fits recover the direction of made-up evidence: the feature that marks right answers gets the weight. */
class LogisticFitTest {

    @Test
    void pointwiseFitWeighsTheInformativeFeature() {
        Random r = new Random(7);
        List<LogisticFit.Example> ex = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            boolean pos = r.nextDouble() < 0.3;
            ex.add(new LogisticFit.Example(new double[] {pos ? 1 + r.nextGaussian() : r.nextGaussian(), r.nextGaussian()}, pos));
        }
        LogisticFit.Fit fit = LogisticFit.fit(ex, new boolean[] {true, true}, 0.1);
        assertThat(fit.weights()[0]).isGreaterThan(0.5);
        assertThat(Math.abs(fit.weights()[1])).isLessThan(0.3);
    }

    @Test
    void rankingFitPutsRightAnswersFirstAndKeepsScoresInZeroOne() {
        Random r = new Random(11);
        List<List<LogisticFit.Example>> queries = new ArrayList<>();
        for (int q = 0; q < 300; q++) {
            List<LogisticFit.Example> c = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean pos = i == 0;
                c.add(new LogisticFit.Example(new double[] {(pos ? 0.8 : 0) + r.nextGaussian() * 0.5, r.nextGaussian(), 0}, pos));
            }
            queries.add(c);
        }
        LogisticFit.Fit fit = LogisticFit.fitRanking(queries, new boolean[] {true, true, false}, 0.1);
        assertThat(fit.weights()[0]).isGreaterThan(1);
        assertThat(fit.weights()[2]).isZero();
        assertThat(fit.intercept()).isNegative();
    }
}
