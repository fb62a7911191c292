package org.canon.graph.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The decisions of the profile card: the pass rule and the code of an external concept. */
class CardRulesTest {

    static List<ProfileCard.Score> scores(Double... values) {
        return java.util.Arrays.stream(values).map(v -> new ProfileCard.Score("dimension", v)).toList();
    }

    @Test
    void theMinimumIsTheLowestScoreGiven() {
        assertThat(CardRules.minimum(scores(5.0, 4.5, 5.0))).isEqualTo(4.5);
        assertThat(CardRules.minimum(scores(3.0, null, 4.0))).isEqualTo(3.0);
        assertThat(CardRules.minimum(scores())).isNull();
        assertThat(CardRules.minimum(scores((Double) null))).isNull();
    }

    @Test
    void aProfilePassesWhenItsLowestScoreReachesTheThreshold() {
        assertThat(CardRules.passes(4.5, 4.0)).isTrue();
        assertThat(CardRules.passes(4.0, 4.0)).as("at the threshold").isTrue();
        assertThat(CardRules.passes(3.99, 4.0)).isFalse();
    }

    @Test
    void withoutScoresOrThresholdNothingPasses() {
        assertThat(CardRules.passes(null, 4.0)).isFalse();
        assertThat(CardRules.passes(5.0, null)).isFalse();
    }

    @Test
    void anAssessmentAppliesTheRuleToItsOwnScores() {
        ProfileCard.Provenance high = ProfileCard.Provenance.assess(scores(5.0, 5.0, 4.5), 4.0, 10, "panel");
        assertThat(high.minimum()).isEqualTo(4.5);
        assertThat(high.passed()).isTrue();
        ProfileCard.Provenance low = ProfileCard.Provenance.assess(scores(5.0, 3.5, 5.0), 4.0, 10, "panel");
        assertThat(low.minimum()).isEqualTo(3.5);
        assertThat(low.passed()).isFalse();
        assertThat(ProfileCard.Provenance.assess(scores(), 4.0, 0, null).passed()).isFalse();
    }

    @Test
    void aCodeIsTheNotationElseTheLastSegmentOfTheIri() {
        assertThat(CardRules.code("15-1211", "https://w3id.org/canon/external/soc2018/15-1211")).isEqualTo("15-1211");
        assertThat(CardRules.code(null, "https://w3id.org/canon/external/onet-soc/11-9111.00")).isEqualTo("11-9111.00");
        assertThat(CardRules.code(null, "https://w3id.org/canon/ontology#Approved")).isEqualTo("Approved");
        assertThat(CardRules.code(null, null)).isNull();
    }
}
