package org.canon.graph.similarity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;

/**
 * The similarity graphs to store beside the graphs an import or a load is about to store, so that they are
 * replaced in the same transaction: derived from the new graphs and, for what the run does not bring, from the
 * store.
 */
public final class SimilarityGraphs {
    private SimilarityGraphs() {}

    /**
     * After reading an import: when it brings an O*NET graph ({@code onetGraph} names it), the similar occupations
     * of {@link Canon#GRAPH_SIMILAR_OCCUPATIONS}; nothing otherwise.
     */
    public static Map<String, Graph> afterImport(Map<String, Graph> imported, String onetGraph, CanonStore store) {
        Map<String, Graph> derived = new LinkedHashMap<>();
        Graph onet = imported.get(onetGraph);
        if (onet != null) {
            derived.put(Canon.GRAPH_SIMILAR_OCCUPATIONS, SimilarOccupations.of(onet).toGraph(OccupationWeights.shipped()));
        }
        return derived;
    }
}
