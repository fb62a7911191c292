package org.canon.graph.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.canon.graph.external.ExternalIris;
import org.canon.graph.similarity.OccupationComponents.Component;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Similar occupations over the hand-made ratings fixture ({@link RatingsFixture}), whose neighbours are known. */
class SimilarOccupationsTest {
    static SimilarOccupations similar;
    static final OccupationWeights SHIPPED = OccupationWeights.shipped();

    @BeforeAll
    static void read() {
        similar = SimilarOccupations.of(RatingsFixture.onet());
    }

    @Test
    void theNearestOccupationsAreTheOnesEveryComponentPutsFirst() {
        // every component ranks 15-1211.01 then 15-1252.00 first (or ties them), so any weights do
        assertThat(similar.nearest("15-1211.00", SHIPPED, 2)).containsExactly("15-1211.01", "15-1252.00");
        for (Component c : List.of(Component.SKILLS, Component.KNOWLEDGE, Component.SKILLS_KNOWLEDGE, Component.LEVELS,
                Component.TITLES, Component.DESCRIPTIONS)) {
            assertThat(similar.nearest("15-1211.00", RatingsFixture.only(c), 2)).as(c.key)
                    .containsExactly("15-1211.01", "15-1252.00");
        }
        assertThat(similar.nearest("15-1211.00", SHIPPED, 10)).hasSize(6).doesNotContain("15-1211.00")
                .endsWith("35-2014.00");
    }

    @Test
    void anOccupationWithoutRatingsIsComparedOnWhatItHas() {
        // the cook shares no word, code prefix or rating with anyone: only the job zone tells them apart
        // (2 against 3 for the nurse, 4 for the analysts and the developers, 5 for the managers), ties by code
        assertThat(similar.nearest("35-2014.00", SHIPPED, 6)).containsExactly(
                "29-1141.00", "15-1211.00", "15-1211.01", "15-1252.00", "11-3031.01", "11-9111.00");
        int cook = similar.codes().indexOf("35-2014.00");
        int nurse = similar.codes().indexOf("29-1141.00");
        double rest = SHIPPED.weight(Component.TITLES) + SHIPPED.weight(Component.DESCRIPTIONS)
                + SHIPPED.weight(Component.SOC_GROUP) + SHIPPED.weight(Component.JOB_ZONE);
        assertThat(similar.score(SHIPPED, cook, nurse)).isCloseTo(SHIPPED.weight(Component.JOB_ZONE) * 0.75 / rest, within(1e-6));
    }

    @Test
    void scoresAreWeightedMeansOfTheComponentsThatApply() {
        int a = similar.codes().indexOf("15-1211.00");
        int b = similar.codes().indexOf("15-1211.01");
        // same SOC occupation (1), same job zone (1): their mean is 1, whatever the weights of the two
        OccupationWeights socAndZone = RatingsFixture.only(Component.SOC_GROUP, Component.JOB_ZONE);
        assertThat(similar.score(socAndZone, a, b)).isEqualTo(1.0);
        // 15-1211.00 and 11-9111.00: no SOC group in common (0), job zones 4 and 5 (0.75): mean 0.375
        assertThat(similar.score(socAndZone, a, similar.codes().indexOf("11-9111.00"))).isCloseTo(0.375, within(1e-6));
        // Knowledge importance: A (2.5, 4.5, 1.5, 3, 3.5) and B (2.5, 4.5, 2, 3, 3.5), cosine 50.75 / sqrt(50 * 51.75)
        assertThat(similar.score(RatingsFixture.only(Component.KNOWLEDGE), a, b))
                .isCloseTo(50.75 / Math.sqrt(50 * 51.75), within(1e-6));
    }

    @Test
    void theGraphHoldsEachOccupationsRankedListWithScoresAndJobZoneDifferences() {
        Graph g = similar.toGraph(SHIPPED);
        List<Triple> entries = g.find(Node.ANY, Canon.subjectOccupation.asNode(), Node.ANY).toList();
        assertThat(entries).hasSize(7 * 6);
        for (String code : similar.codes()) {
            Node occupation = NodeFactory.createURI(ExternalIris.onetOccupation(code));
            List<Double> scores = new ArrayList<>();
            for (int rank = 1; rank <= 6; rank++) {
                Node entry = only(g, null, Canon.similarityRank.asNode(), integer(rank), occupation);
                scores.add(((Number) object(g, entry, Canon.similarityScore).getLiteralValue()).doubleValue());
            }
            assertThat(scores).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
            assertThat(scores).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        }
        Node entry = NodeFactory.createURI(Canon.similarOccupation("15-1211.00", "11-9111.00"));
        assertThat(object(g, entry, Canon.jobZoneDifference).getLiteralLexicalForm()).isEqualTo("1");
        assertThat(g.contains(entry, Canon.similarOccupation.asNode(),
                NodeFactory.createURI(ExternalIris.onetOccupation("11-9111.00")))).isTrue();
    }

    @Test
    void theEvidenceIsTheSharedElementsThatAddMostToTheScore() {
        // knowledge only: A and B both rate Computers and Electronics 4.5, Mathematics 3.5, Customer and Personal
        // Service 3; each adds importance(A) * importance(B) / (|A| |B|) to the cosine, |A| |B| = sqrt(50 * 51.75)
        Graph g = similar.toGraph(RatingsFixture.only(Component.KNOWLEDGE));
        Node entry = NodeFactory.createURI(Canon.similarOccupation("15-1211.00", "15-1211.01"));
        double norms = Math.sqrt(50 * 51.75);
        Map<String, Double> expected = Map.of("2.C.3.a", 20.25 / norms, "2.C.4.a", 12.25 / norms, "2.C.1.e", 9 / norms);
        List<Triple> evidence = g.find(entry, Canon.evidence.asNode(), Node.ANY).toList();
        assertThat(evidence).hasSize(3);
        for (Triple t : evidence) {
            String element = object(g, t.getObject(), Canon.sharedElement).getURI().replaceFirst("^.*/", "");
            assertThat(expected).containsKey(element);
            assertThat(((Number) object(g, t.getObject(), Canon.contribution).getLiteralValue()).doubleValue())
                    .isCloseTo(expected.get(element), within(5e-5));
        }
        // the cook has no ratings: with knowledge alone it has no similar occupations; with all components, its
        // entries have no evidence
        Node cook = NodeFactory.createURI(Canon.similarOccupation("35-2014.00", "29-1141.00"));
        assertThat(g.contains(cook, Node.ANY, Node.ANY)).isFalse();
        Graph all = similar.toGraph(SHIPPED);
        assertThat(all.contains(cook, Canon.evidence.asNode(), Node.ANY)).isFalse();
        assertThat(object(all, cook, Canon.jobZoneDifference).getLiteralLexicalForm()).isEqualTo("1");
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    /** The one entry of {@code occupation} with this rank. */
    private static Node only(Graph g, Node s, Node p, Node o, Node occupation) {
        List<Node> entries = g.find(s, p, o).mapWith(Triple::getSubject)
                .filterKeep(e -> g.contains(e, Canon.subjectOccupation.asNode(), occupation)).toList();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static Node object(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        List<Triple> t = g.find(s, p.asNode(), Node.ANY).toList();
        assertThat(t).as(s + " " + p).hasSize(1);
        return t.get(0).getObject();
    }
}
