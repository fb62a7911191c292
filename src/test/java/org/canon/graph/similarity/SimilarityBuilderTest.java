package org.canon.graph.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.canon.graph.TestStores;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.Test;

/** The load and the import keep the similarity graphs in step with the data they are derived from. */
class SimilarityBuilderTest {
    static final SourceLayout SHIPPED = SourceLayout.folder(Path.of("."));

    @Test
    void anOnetImportAddsTheOccupationalBaseAndALoadKeepsIt() {
        try (CanonStore store = TestStores.open("similarity-graphs")) {
            new CanonLoader(List.of(new SimilarityBuilder())).load(SHIPPED, store);
            Map<String, Double> canonOnly = scores(store.read(Canon.GRAPH_SIMILAR_PROFILES));
            assertThat(store.graphNames()).doesNotContain(Canon.GRAPH_SIMILAR_OCCUPATIONS);

            // the fixture rates 11-9111.00, the curated match of Health Informatics' management profiles: two
            // profiles mapped to the same rated occupation have cos(base) = 1, so their similarity becomes
            // 0.5 cos(Canon skills) + 0.5
            new ExternalImporter(List.of(new SimilarityBuilder())).importInto(List.of(Path.of("src/test/resources/similarity/onet")), store);
            assertThat(store.graphNames()).contains(Canon.GRAPH_SIMILAR_OCCUPATIONS);
            Map<String, Double> withBase = scores(store.read(Canon.GRAPH_SIMILAR_PROFILES));
            String pair = Canon.profileSimilarity("HEALTH.HEALTHIN8668.M2", "HEALTH.HEALTHIN8668.M3");
            assertThat(withBase.get(pair)).isCloseTo(0.5 * canonOnly.get(pair) + 0.5, within(1e-4));
            assertThat(withBase.get(pair)).isGreaterThan(canonOnly.get(pair));

            // every entry has one score and one blend: the import replaced the load's values, none is left behind
            Graph stored = store.read(Canon.GRAPH_SIMILAR_PROFILES);
            long entries = stored.find(Node.ANY, Canon.similarProfile.asNode(), Node.ANY).mapWith(t -> t.getSubject())
                    .toSet().size();
            assertThat(stored.find(Node.ANY, Canon.similarityScore.asNode(), Node.ANY).toList()).hasSize((int) entries);
            assertThat(stored.find(Node.ANY, Canon.blendScore.asNode(), Node.ANY).toList()).hasSize((int) entries);

            // each active profile is marked on exactly ten entries (its highest blends in other functions; the shipped
            // taxonomy has well over ten profiles in other functions), whose other profile is of another function
            Graph taxonomy = store.read(Canon.GRAPH_TAXONOMY);
            Map<Node, Long> marks = new HashMap<>();
            stored.find(Node.ANY, Canon.otherFunctionMoveOf.asNode(), Node.ANY).forEach(t -> {
                marks.merge(t.getObject(), 1L, Long::sum);
                Node other = stored.find(t.getSubject(), Canon.similarProfile.asNode(), Node.ANY)
                        .mapWith(x -> x.getObject()).filterDrop(t.getObject()::equals).next();
                assertThat(function(taxonomy, other)).isNotEqualTo(function(taxonomy, t.getObject()));
            });
            assertThat(marks).hasSize(132).allSatisfy((profile, n) -> assertThat(n).as(profile.getURI()).isEqualTo(10));

            // a new load derives it again from the ratings in the store: the same scores
            new CanonLoader(List.of(new SimilarityBuilder())).load(SHIPPED, store);
            assertThat(scores(store.read(Canon.GRAPH_SIMILAR_PROFILES))).isEqualTo(withBase);
        }
    }

    static Node function(Graph taxonomy, Node profile) {
        return taxonomy.find(profile, Canon.function.asNode(), Node.ANY).next().getObject();
    }

    static Map<String, Double> scores(Graph g) {
        Map<String, Double> scores = new HashMap<>();
        g.find(Node.ANY, Canon.similarityScore.asNode(), Node.ANY).forEach(t -> scores.put(t.getSubject().getURI(),
                ((Number) t.getObject().getLiteralValue()).doubleValue()));
        return scores;
    }
}
