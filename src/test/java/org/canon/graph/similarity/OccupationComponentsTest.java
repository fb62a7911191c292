package org.canon.graph.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the occupation similarity that can be checked by hand. */
class OccupationComponentsTest {

    @Test
    void socGroupsAreReadFromTheCode() {
        assertThat(OccupationComponents.socGroup("15-1211.00", "15-1211.01")).isEqualTo(1f);
        assertThat(OccupationComponents.socGroup("15-1211.00", "15-1212.00")).isEqualTo(0.75f);
        assertThat(OccupationComponents.socGroup("15-1211.00", "15-1252.00")).isEqualTo(0.5f);
        assertThat(OccupationComponents.socGroup("15-1211.00", "15-2011.00")).isEqualTo(0.25f);
        assertThat(OccupationComponents.socGroup("15-1211.00", "11-1211.00")).isEqualTo(0f);
    }

    @Test
    void cosinesOfRatingsAreNaNWithoutRatings() {
        float[] cos = OccupationComponents.cosines(new float[][] {{3, 4}, {4, 3}, null, {0, 0}});
        assertThat(cos[1]).isCloseTo(24f / 25, within(1e-6f));
        assertThat(cos[0]).isCloseTo(1f, within(1e-6f));
        assertThat(cos[2]).isNaN();
        assertThat(cos[3]).isNaN();
        assertThat(cos[2 * 4 + 2]).isNaN();
    }

    @Test
    void textCosinesWeighRareWordsMore() {
        // "analyst" is in two items, "systems" in three: sharing the rarer word counts for more
        float[] cos = TextVectors.cosines(List.of(List.of("Systems Analyst"), List.of("Clinical Systems Analyst"),
                List.of("Systems Engineer"), List.of("Line Cook", "the cook")));
        assertThat(cos[0]).isCloseTo(1f, within(1e-6f));
        assertThat(cos[1]).isGreaterThan(cos[2]).isGreaterThan(0f);
        assertThat(cos[3]).isZero();
        assertThat(TextVectors.words("The Cook, and the line-cook")).containsExactlyInAnyOrder("cook", "line");
    }
}
