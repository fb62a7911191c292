package org.canon.graph.similarity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.derive.PendingStore;
import org.canon.graph.external.ExternalIris;
import org.canon.graph.vocab.Canon;

/**
 * Derives the similarity graphs at every load and import, stored in the same transaction: the similar occupations
 * of {@link Canon#GRAPH_SIMILAR_OCCUPATIONS} when the run brings the O*NET graph, and the profiles' skill similarity
 * of {@link Canon#GRAPH_SIMILAR_PROFILES} whenever the taxonomy, a Canon mapping set or the O*NET graph changes (it
 * depends on all three), from the store as it will be.
 */
public final class SimilarityBuilder implements DerivedGraphBuilder {
    private final OccupationWeights weights;

    /** A builder with the shipped weights of the occupations' similarity. */
    public SimilarityBuilder() {
        this(OccupationWeights.shipped());
    }

    public SimilarityBuilder(OccupationWeights weights) {
        this.weights = weights;
    }

    @Override
    public String name() {
        return "similar occupations and profiles";
    }

    @Override
    public boolean concerns(Set<String> changedGraphs) {
        return changedGraphs.stream().anyMatch(g -> g.equals(Canon.GRAPH_TAXONOMY) || g.startsWith(Canon.GRAPH_MAPPINGS)
                || g.equals(ExternalIris.GRAPH_ONET));
    }

    @Override
    public Derived build(PendingStore pending) {
        Map<String, Graph> derived = new LinkedHashMap<>();
        pending.prepared(ExternalIris.GRAPH_ONET).ifPresent(onet -> derived.put(Canon.GRAPH_SIMILAR_OCCUPATIONS,
                SimilarOccupations.of(onet).toGraph(weights)));
        Set<String> graphs = pending.graphNames();
        if (graphs.contains(Canon.GRAPH_TAXONOMY)) {
            List<String> mappings = graphs.stream().filter(g -> g.startsWith(Canon.GRAPH_MAPPINGS)).toList();
            derived.put(Canon.GRAPH_SIMILAR_PROFILES, SimilarProfiles.derive(Rows.of(pending, List.of(Canon.GRAPH_TAXONOMY)),
                    Rows.of(pending, mappings), Rows.of(pending, List.of(ExternalIris.GRAPH_ONET))));
        }
        return Derived.of(derived);
    }
}
