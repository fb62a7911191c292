package org.canon.graph.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.Test;

/** The skill similarity of profiles: known answers on a hand-made taxonomy, and an exhaustive check on the shipped one. */
class SimilarProfilesTest {
    static final Rows NO_RATINGS = (query, row) -> {};

    static Rows handMade() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("src/test/resources/similarity/profiles.ttl")).parse(g);
        return Rows.of(g);
    }

    static ProfileVectors vectors(Rows taxonomy, Rows ratings) {
        return new ProfileVectors(ProfileData.read(taxonomy, taxonomy, ratings));
    }

    static int index(ProfileVectors v, String code) {
        for (int i = 0; i < v.profiles.size(); i++) {
            if (v.profiles.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    @Test
    void theCanonSkillsAloneGiveTheCosineOfTheirWeights() {
        // without ratings no profile has an occupational base: the similarity is the Canon skills' cosine
        ProfileVectors v = vectors(handMade(), NO_RATINGS);
        int a1 = index(v, "F1.A.M1");
        assertThat(v.similarity(a1, index(v, "F1.B.M1"))).isCloseTo(2.25 / 3.25, within(1e-6));
        assertThat(v.similarity(a1, index(v, "F2.C.M1"))).isCloseTo(1 / Math.sqrt(3.25 * 2.25), within(1e-6));
        assertThat(v.similarity(a1, index(v, "F1.A.M2"))).isCloseTo(1, within(1e-6));
    }

    @Test
    void theOccupationalBaseCountsForHalf() {
        // A's profiles map to X, base (1, 0); C's to Y, base (0, 1); B's to Z, whose ratings are all at the mean
        ProfileVectors v = vectors(handMade(), handMade());
        int a1 = index(v, "F1.A.M1");
        // both have a base: (0.5 cos(canon) + 0.5 cos(base)) / 1, cos(base) = 0
        assertThat(v.similarity(a1, index(v, "F2.C.M1"))).isCloseTo(0.5 / Math.sqrt(3.25 * 2.25), within(1e-6));
        // one has none: 0.5 cos(canon) / (1 x sqrt(0.5))
        assertThat(v.similarity(a1, index(v, "F1.B.M1"))).isCloseTo(0.5 * 2.25 / 3.25 / Math.sqrt(0.5), within(1e-6));
        // the same occupation and the same Canon skills: 1
        assertThat(v.similarity(a1, index(v, "F1.A.M2"))).isCloseTo(1, within(1e-6));
    }

    @Test
    void theGraphHoldsEachPairOnceAndNeverARetiredNeighbour() {
        Graph g = new SimilarProfiles(ProfileData.read(handMade(), handMade(), handMade())).toGraph();
        Node ab = NodeFactory.createURI(Canon.profileSimilarity("F1.B.M1", "F1.A.M1"));
        assertThat(ab.getURI()).endsWith("/profile-similarity/F1.A.M1/F1.B.M1");
        assertThat(g.find(ab, Canon.similarProfile.asNode(), Node.ANY).toList()).hasSize(2);
        assertThat(g.find(ab, Canon.similarityScore.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", 0.5 * 2.25 / 3.25 / Math.sqrt(0.5)));
        // the blend: similarity 0.4895, distance 0.25 (another focus of the function, same level):
        // 0.5 x 0.4895 + 0.5 x 0.75 = 0.61975, rounded half up
        assertThat(g.find(ab, Canon.blendScore.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm())
                .isEqualTo("0.6198");
        // F1.A.M1 and F2.C.M1: another function, same level, distance 0.5
        Node ac = NodeFactory.createURI(Canon.profileSimilarity("F1.A.M1", "F2.C.M1"));
        double acSkill = Math.round(0.5 / Math.sqrt(3.25 * 2.25) * 10_000) / 10_000.0;
        assertThat(new java.math.BigDecimal(g.find(ac, Canon.blendScore.asNode(), Node.ANY).next().getObject()
                .getLiteralLexicalForm()).doubleValue()).isCloseTo(0.5 * acSkill + 0.25, within(0.00005));
        // four active profiles: 6 pairs; the retired F2.C.M2 has its own neighbours but is no one's
        Node retired = NodeFactory.createURI(Canon.ID + "profile/F2.C.M2");
        List<Node> withRetired = g.find(Node.ANY, Canon.similarProfile.asNode(), retired).mapWith(t -> t.getSubject()).toList();
        assertThat(withRetired).hasSize(4);
        assertThat(g.find(Node.ANY, Canon.similarityScore.asNode(), Node.ANY).toList()).hasSize(6 + 4);
    }

    @Test
    void onTheShippedTaxonomyTheSearchFindsWhatComparingEveryPairFinds() {
        CanonLoader.Prepared prepared = new CanonLoader().prepare(SourceLayout.folder(Path.of(".")));
        Rows all = Rows.of(prepared.graphs().values());
        SimilarProfiles similar = new SimilarProfiles(ProfileData.read(all, all, NO_RATINGS));
        assertThat(similar.pairs()).isEqualTo(bruteForce(similar));
    }

    /**
     * Every pair of a focus, and each profile's ten first of other focuses and of other functions by skills, and of
     * the other focuses of its function and of other functions by blend (these last marked as its moves into other
     * functions), comparing every pair (ties by code).
     */
    static List<SimilarProfiles.Pair> bruteForce(SimilarProfiles similar) {
        ProfileVectors v = similar.vectors();
        Map<List<Integer>, SimilarProfiles.Pair> pairs = new java.util.TreeMap<>(
                Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
        for (int p = 0; p < v.profiles.size(); p++) {
            ProfileData.Profile from = v.profiles.get(p);
            List<SimilarProfiles.Pair> own = new ArrayList<>();
            List<SimilarProfiles.Pair> otherFocuses = new ArrayList<>();
            List<SimilarProfiles.Pair> otherFunctions = new ArrayList<>();
            List<SimilarProfiles.Pair> function = new ArrayList<>();
            for (int q = 0; q < v.profiles.size(); q++) {
                ProfileData.Profile to = v.profiles.get(q);
                if (q == p || to.retired()) {
                    continue;
                }
                SimilarProfiles.Pair pair = similar.pair(p, q);
                if (to.focus().equals(from.focus())) {
                    own.add(pair);
                } else {
                    otherFocuses.add(pair);
                    (to.function().equals(from.function()) ? function : otherFunctions).add(pair);
                }
            }
            int at = p;
            Comparator<SimilarProfiles.Pair> byCode = Comparator.comparing(x -> v.profiles.get(x.a() == at ? x.b() : x.a()).code());
            Comparator<SimilarProfiles.Pair> bySkill = Comparator.comparingInt(SimilarProfiles.Pair::skill).reversed().thenComparing(byCode);
            Comparator<SimilarProfiles.Pair> byBlend = Comparator.comparingInt(SimilarProfiles.Pair::blend).reversed().thenComparing(byCode);
            List<SimilarProfiles.Pair> kept = new ArrayList<>(own);
            kept.addAll(otherFocuses.stream().sorted(bySkill).limit(SimilarProfiles.NEAREST).toList());
            kept.addAll(otherFunctions.stream().sorted(bySkill).limit(SimilarProfiles.NEAREST).toList());
            kept.addAll(function.stream().sorted(byBlend).limit(SimilarProfiles.NEAREST).toList());
            // the highest blends in other functions are marked as the profile's moves into other functions
            kept.addAll(otherFunctions.stream().sorted(byBlend).limit(SimilarProfiles.NEAREST).map(x -> x.moveOf(at)).toList());
            kept.forEach(x -> pairs.merge(List.of(x.a(), x.b()), x, SimilarProfiles.Pair::merge));
        }
        return List.copyOf(pairs.values());
    }
}
