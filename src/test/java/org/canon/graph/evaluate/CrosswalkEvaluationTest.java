package org.canon.graph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.canon.graph.TestStores;
import org.canon.graph.external.ExternalIris;
import org.canon.graph.external.Scheme;
import org.canon.graph.source.SourceException;
import org.junit.jupiter.api.Test;

/**
 * The crosswalk evaluation on a hand-made reference and hand-made rankings, whose figures are known: both
 * directions, hit@k, MRR, candidate recall and mean candidates; Nesta's CSV layout through O*NET's 2010 to 2019
 * crosswalk, and SSSOM TSV.
 */
class CrosswalkEvaluationTest {
    static final String O1 = ExternalIris.onetOccupation("11-1011.00"), O2 = ExternalIris.onetOccupation("15-1252.00"),
            O3 = ExternalIris.onetOccupation("15-1211.01");
    static final String E1 = "http://data.europa.eu/esco/occupation/e1", E2 = "http://data.europa.eu/esco/occupation/e2",
            E3 = "http://data.europa.eu/esco/occupation/e3", E4 = "http://data.europa.eu/esco/occupation/e4";

    /** O1 -> E1, E2; O2 -> E3; E4 -> O3 (O3 unknown to the ranker, so not scored). */
    static final List<CrosswalkReference.Pair> REFERENCE = List.of(new CrosswalkReference.Pair(O1, E1),
            new CrosswalkReference.Pair(O1, E2), new CrosswalkReference.Pair(O2, E3), new CrosswalkReference.Pair(O3, E4));

    static final Map<String, List<String>> RANKINGS = Map.of(
            O1, List.of("x", "y", E2, "z", E1),          // first right answer at rank 3
            O2, List.of("a", "b", "c", "d", "e", "f"),   // E3 not among the candidates
            E1, List.of(O1),                             // rank 1
            E2, List.of(O3, O2, "u", "v", "w", O1),      // rank 6
            E3, List.of("p", O2),                        // rank 2
            E4, List.of());

    static final CrosswalkEvaluation.Ranker RANKER = new CrosswalkEvaluation.Ranker() {
        public boolean knows(String concept) {
            return RANKINGS.containsKey(concept);
        }

        public List<String> rank(String source, Scheme target) {
            return RANKINGS.get(source);
        }
    };

    @Test
    void knownFiguresInBothDirections() {
        Map<String, CrosswalkEvaluation.Figures> f = CrosswalkEvaluation.evaluate(RANKER, REFERENCE);
        CrosswalkEvaluation.Figures onet = f.get("onet->esco");
        assertThat(onet.pairs()).isEqualTo(2);
        assertThat(onet.recall()).isEqualTo(0.5);
        assertThat(onet.meanCandidates()).isEqualTo(5.5);
        assertThat(onet.hit1()).isEqualTo(0);
        assertThat(onet.hit3()).isEqualTo(0.5);
        assertThat(onet.hit5()).isEqualTo(0.5);
        assertThat(onet.mrr()).isEqualTo(0.1667);
        CrosswalkEvaluation.Figures esco = f.get("esco->onet");
        assertThat(esco.pairs()).isEqualTo(4);
        assertThat(esco.recall()).isEqualTo(0.75);
        assertThat(esco.meanCandidates()).isEqualTo(2.25);
        assertThat(esco.hit1()).isEqualTo(0.25);
        assertThat(esco.hit3()).isEqualTo(0.5);
        assertThat(esco.hit5()).isEqualTo(0.5);
        assertThat(esco.hit10()).isEqualTo(0.75);
        assertThat(esco.mrr()).isEqualTo(CrosswalkEvaluation.round((1 + 1 / 6.0 + 0.5 + 0) / 4));
    }

    @Test
    void readsNestasLayoutThroughTheOnet2010To2019Crosswalk() throws IOException {
        Path dir = TestStores.newFolder("nesta");
        Files.writeString(dir.resolve(CrosswalkReference.ONET_2010_TO_2019), """
                O*NET-SOC 2010 Code,O*NET-SOC 2010 Title,O*NET-SOC 2019 Code,O*NET-SOC 2019 Title
                11-1011.00,Chief Executives,11-1011.00,Chief Executives
                15-1132.00,"Software Developers, Applications",15-1252.00,Software Developers
                15-1133.00,"Software Developers, Systems Software",15-1252.00,Software Developers
                """);
        Files.writeString(dir.resolve("ref.csv"), """
                id,esco_occupation,isco_code,onet_code,onet_occupation,matching_job_titles,semantic_similarity,confidence,concept_uri
                1,mayor,1111,11-1011.00,chief executives,[],0.8,1.0,%s
                2,software developer,2512,15-1132.00,"software developers, applications",['software developer'],0.9,2.0,%s
                3,software developer,2512,15-1133.00,"software developers, systems software",[],0.9,1.0,%s
                """.formatted(E1, E3, E3));
        assertThat(CrosswalkReference.read(dir.resolve("ref.csv"), null)).containsExactly(
                new CrosswalkReference.Pair(O1, E1), new CrosswalkReference.Pair(O2, E3));
        Files.writeString(dir.resolve("bad.csv"), "onet_code,concept_uri\n99-9999.00," + E1 + "\n");
        assertThatThrownBy(() -> CrosswalkReference.read(dir.resolve("bad.csv"), null))
                .isInstanceOf(SourceException.class)
                .satisfies(e -> assertThat(((SourceException) e).problems()).anyMatch(p -> p.contains("bad.csv, line 2")));
    }

    @Test
    void readsAnSssomReference() throws IOException {
        Path file = TestStores.newFolder("sssom").resolve("ref.sssom.tsv");
        List<String> lines = new ArrayList<>(List.of("# curie_map:", "#   ONET: https://w3id.org/canon/external/onet-soc/",
                "#   ESCO: http://data.europa.eu/esco/occupation/", "# mapping_set_id: https://example.org/ref",
                "# license: https://creativecommons.org/licenses/by/4.0/",
                "subject_id\tpredicate_id\tobject_id\tmapping_justification",
                "ONET:11-1011.00\tskos:closeMatch\tESCO:e1\tsemapv:ManualMappingCuration",
                O2 + "\tskos:exactMatch\t" + E3 + "\tsemapv:ManualMappingCuration"));
        Files.write(file, lines);
        assertThat(CrosswalkReference.read(file, null)).containsExactly(new CrosswalkReference.Pair(O1, E1),
                new CrosswalkReference.Pair(O2, E3));
    }
}
