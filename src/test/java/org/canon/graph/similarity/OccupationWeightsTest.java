package org.canon.graph.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.canon.graph.similarity.OccupationComponents.Component;
import org.junit.jupiter.api.Test;

/** The committed weights file and its format. */
class OccupationWeightsTest {

    @Test
    void theShippedWeightsCoverEveryComponentAndSayHowTheyWereFitted() {
        OccupationWeights w = OccupationWeights.shipped();
        assertThat(w.weights()).containsOnlyKeys(Component.ALL);
        assertThat(w.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
        assertThat(w.fit()).containsKeys("reference", "method", "crossValidated", "inSample", "baseline");
    }

    @Test
    void weightsAreNormalisedAndWrittenAndReadBack() {
        Map<Component, Double> raw = new EnumMap<>(Component.class);
        Component.ALL.forEach(c -> raw.put(c, c.ordinal() + 1.0));
        OccupationWeights w = new OccupationWeights(raw, Map.of("note", "test"));
        double total = Component.ALL.size() * (Component.ALL.size() + 1) / 2.0;
        assertThat(w.weight(Component.SKILLS)).isCloseTo(1 / total, within(1e-12));
        OccupationWeights back = OccupationWeights.parse(w.toJson());
        Component.ALL.forEach(c -> assertThat(back.weight(c)).isCloseTo(w.weight(c), within(1e-6)));
        assertThat(back.fit()).containsEntry("note", "test");
    }

    @Test
    void aMissingOrNegativeWeightIsRefused() {
        Map<Component, Double> raw = new EnumMap<>(Component.class);
        raw.put(Component.SKILLS, 1.0);
        assertThatThrownBy(() -> new OccupationWeights(raw, Map.of())).hasMessageContaining("each of the");
        Component.ALL.forEach(c -> raw.put(c, 1.0));
        raw.put(Component.TITLES, -1.0);
        assertThatThrownBy(() -> new OccupationWeights(raw, Map.of())).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> OccupationWeights.parse("{\"weights\":{}}"))
                .hasMessageContaining("no weight for skills");
    }
}
