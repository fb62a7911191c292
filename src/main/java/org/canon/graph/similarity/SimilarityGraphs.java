package org.canon.graph.similarity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;

/**
 * The similarity graphs to store beside the graphs an import or a load is about to store, so that they are
 * replaced in the same transaction: derived from the new graphs and, for what the run does not bring, from the
 * store. The profiles' skill similarity depends on the taxonomy, the mappings and the O*NET ratings, so both a
 * load and an import of O*NET derive it again.
 */
public final class SimilarityGraphs {
    private SimilarityGraphs() {}

    /**
     * After reading an import that brings an O*NET graph ({@code onetGraph} names it): the similar occupations of
     * {@link Canon#GRAPH_SIMILAR_OCCUPATIONS} and, when the store holds the taxonomy, the profiles' skill similarity
     * of {@link Canon#GRAPH_SIMILAR_PROFILES} with the new ratings. Nothing for an import without O*NET.
     */
    public static Map<String, Graph> afterImport(Map<String, Graph> imported, String onetGraph, CanonStore store) {
        Map<String, Graph> derived = new LinkedHashMap<>();
        Graph onet = imported.get(onetGraph);
        if (onet != null) {
            derived.put(Canon.GRAPH_SIMILAR_OCCUPATIONS, SimilarOccupations.of(onet).toGraph(OccupationWeights.shipped()));
            if (store.graphNames().contains(Canon.GRAPH_TAXONOMY)) {
                Rows stored = Rows.of(store);
                derived.put(Canon.GRAPH_SIMILAR_PROFILES, SimilarProfiles.derive(stored, stored, Rows.of(onet)));
            }
        }
        return derived;
    }

    /**
     * After preparing a load: the profiles' skill similarity of {@link Canon#GRAPH_SIMILAR_PROFILES}, from the loaded
     * graphs (taxonomy and mapping sets) and the O*NET ratings in the store, if any.
     */
    public static Map<String, Graph> afterLoad(Map<String, Graph> loaded, CanonStore store) {
        List<Graph> mappings = loaded.entrySet().stream().filter(e -> e.getKey().startsWith(Canon.GRAPH_MAPPINGS))
                .map(Map.Entry::getValue).toList();
        Graph taxonomy = loaded.get(Canon.GRAPH_TAXONOMY);
        return Map.of(Canon.GRAPH_SIMILAR_PROFILES,
                SimilarProfiles.derive(Rows.of(taxonomy), Rows.of(mappings), Rows.of(store)));
    }
}
