package org.canon.graph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.canon.graph.TestStores;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.similarity.OccupationWeights;
import org.canon.graph.similarity.SimilarityBuilder;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate related} over the hand-made ratings fixture (src/test/resources/similarity/onet), whose rankings
 * are known whatever the weights: 15-1211.00's two nearest are 15-1211.01 then 15-1252.00; the cook 35-2014.00 has
 * no ratings and ranks by job zone alone: 29-1141.00, the three 15- occupations, 11-3031.01, 11-9111.00.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelatedOccupationsEvaluationTest {
    static final Path FIXTURE = Path.of("src/test/resources/similarity/onet");
    CanonStore store;
    final RelatedOccupationsEvaluation evaluation = new RelatedOccupationsEvaluation(() -> store);

    @BeforeAll
    void importFixture() {
        store = TestStores.open("evaluate-related");
        new ExternalImporter(List.of(new SimilarityBuilder())).importInto(List.of(FIXTURE), store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void scoresTheMaterialisedSimilarOccupationsAgainstTheReference() throws IOException {
        // 15-1211.00: truth {15-1211.01, 15-1252.00} at ranks 1 and 2 of 6: precision@10 0.2, recall@20 1, nDCG@10 1.
        // 35-2014.00: truth {29-1141.00, 11-9111.00} at ranks 1 and 6: precision@10 0.2, recall@20 1,
        // nDCG@10 (1 + 1/log2(7)) / (1 + 1/log2(3)). 11-3031.01 has no primary row, 51-3011.00 is not in the store.
        Path json = TestStores.newFolder("evaluate-json").resolve("related.json");
        String printed = run(Map.of("reference", RelatedReferenceTest.REFERENCE.toString(), "json", json.toString()));
        double ndcgCook = (1 + 1 / log2(7)) / (1 + 1 / log2(3));
        Map<String, Object> figures = JsonMapper.builder().build().readValue(Files.readString(json), new tools.jackson.core.type.TypeReference<Map<String, Object>>() {});
        assertThat(figures.keySet()).containsExactly("occupations", "precision10", "recall20", "ndcg10");
        assertThat(figures.get("occupations")).isEqualTo(2);
        assertThat(((Number) figures.get("precision10")).doubleValue()).isEqualTo(0.2);
        assertThat(((Number) figures.get("recall20")).doubleValue()).isEqualTo(1.0);
        assertThat(((Number) figures.get("ndcg10")).doubleValue()).isCloseTo((1 + ndcgCook) / 2, within(1e-4));
        assertThat(printed).contains("2 occupations: precision@10 0.2000, recall@20 1.0000");
    }

    @Test
    void theBaselineScoresTheRatedOccupationsOnly() {
        // the plain cosine of Skills and Knowledge importance: the cook has no ratings, so no list
        assertThat(run(Map.of("baseline", "true", "reference", RelatedReferenceTest.REFERENCE.toString())))
                .contains("1 occupations: precision@10 0.2000, recall@20 1.0000, nDCG@10 1.0000");
    }

    @Test
    void theFitWritesWeightsWithItsFigures() throws IOException {
        Path weights = TestStores.newFolder("evaluate-fit").resolve("weights.json");
        String printed = run(Map.of("fit", "true", "reference", RelatedReferenceTest.REFERENCE.toString(),
                "weights", weights.toString()));
        assertThat(printed).contains("fold 5 of 5").contains("OK: wrote");
        OccupationWeights w = OccupationWeights.parse(Files.readString(weights));
        assertThat(w.fit()).containsKeys("crossValidated", "crossValidatedFolds", "inSample", "baseline", "method")
                .containsEntry("reference", "related-reference.txt (4 source occupations, 3 with primary related "
                        + "occupations, 5 primary pairs)");
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> run(Map.of("json", "x.json"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option --reference is required");
        assertThatThrownBy(() -> run(Map.of("reference", "f", "top", "5"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option --top");
        assertThatThrownBy(() -> run(Map.of("reference", "f", "fit", "weights.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option --fit takes no value");
        // Spring settings pass through
        assertThat(run(Map.of("canon.store.dir", "elsewhere", "reference", RelatedReferenceTest.REFERENCE.toString())))
                .contains("2 occupations");
    }

    private String run(Map<String, String> options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = evaluation.run(options, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
