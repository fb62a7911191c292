package org.canon.graph.suggest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.derive.PendingStore;
import org.canon.graph.external.Scheme;
import org.canon.graph.text.TextEntry;
import org.canon.graph.text.TextIndex;
import org.canon.graph.vocab.Canon;

/**
 * Writes the crosswalk suggestions into the store at every load and import ({@link SuggestionRecords}): the first
 * {@code top} candidates of every O*NET-SOC occupation in ESCO and of every ESCO occupation in O*NET-SOC, and of
 * every Canon profile in O*NET-SOC, SOC 2018, ISCO-08 and ESCO. A load (the Canon graphs only) rewrites the Canon
 * sets; an import rewrites them all. Runs after the text index builder, whose new index it uses.
 */
public final class SuggestionBuilder implements DerivedGraphBuilder {
    /** The materialised (source, target) pairs. */
    public static final List<Scheme[]> MATERIALISED = List.of(
            new Scheme[] {Scheme.ONET_SOC, Scheme.ESCO}, new Scheme[] {Scheme.ESCO, Scheme.ONET_SOC},
            new Scheme[] {Scheme.CANON, Scheme.ONET_SOC}, new Scheme[] {Scheme.CANON, Scheme.SOC2018},
            new Scheme[] {Scheme.CANON, Scheme.ISCO08}, new Scheme[] {Scheme.CANON, Scheme.ESCO});
    private final ScoringModel model;
    private final int top;
    private final String version;

    /**
     * @param top     suggestions kept per concept and target scheme
     * @param version the software's version, for sssom:mapping_tool_version
     */
    public SuggestionBuilder(ScoringModel model, int top, String version) {
        this.model = model;
        this.top = top;
        this.version = version;
    }

    @Override
    public String name() {
        return "crosswalk suggestions";
    }

    @Override
    public Derived build(PendingStore pending) {
        TextIndex index = pending.shared(TextIndex.class);
        if (index == null) {
            throw new IllegalStateException("The crosswalk suggestions need the text index built first");
        }
        if (pending.graphNames().stream().noneMatch(g -> g.startsWith(Canon.GRAPH_EXTERNAL))) {
            // no external scheme imported: nothing to suggest in any direction; the sets are written empty
            Map<String, Graph> empty = new LinkedHashMap<>();
            MATERIALISED.forEach(pair -> empty.put(SuggestionRecords.graphName(pair[0], pair[1]),
                    SuggestionRecords.set(pair[0], pair[1], toolVersion())));
            return Derived.of(empty);
        }
        SuggestionEngine engine = SuggestionEngine.build(pending, index, model);
        boolean externalChanged = pending.changedGraphs().stream().anyMatch(g -> !isCanon(g));
        Map<String, Graph> graphs = new LinkedHashMap<>();
        for (Scheme[] pair : MATERIALISED) {
            if (!externalChanged && pair[0] != Scheme.CANON && pending.graphNames().contains(
                    SuggestionRecords.graphName(pair[0], pair[1]))) {
                continue;
            }
            Graph g = SuggestionRecords.set(pair[0], pair[1], toolVersion());
            List<TextEntry> sources = engine.concepts(pair[0]);
            // computed in parallel (the engine is read-only), written in order
            List<List<SuggestionEngine.Candidate>> ranked = sources.parallelStream()
                    .map(source -> engine.suggest(source.iri(), pair[1], top)).toList();
            for (int i = 0; i < sources.size(); i++) {
                SuggestionRecords.add(g, pair[0], pair[1], sources.get(i), ranked.get(i));
            }
            graphs.put(SuggestionRecords.graphName(pair[0], pair[1]), g);
        }
        return Derived.of(graphs);
    }

    /** The tool version: the software's and the weights' fit date. */
    String toolVersion() {
        return version + " (weights fitted " + model.version() + ")";
    }

    private static boolean isCanon(String graph) {
        return graph.equals(Canon.GRAPH_TAXONOMY) || graph.startsWith(Canon.GRAPH_MAPPINGS)
                || graph.equals(Canon.GRAPH_ONTOLOGY) || graph.equals(Canon.GRAPH_SHAPES)
                || graph.startsWith(SuggestionRecords.GRAPH) || graph.equals(org.canon.graph.text.TextIndexBuilder.GRAPH);
    }

}
