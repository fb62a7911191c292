package org.canon.graph.load;

import org.canon.graph.source.SourceLayout;
import org.canon.graph.source.SourceFile;
import org.canon.graph.source.SourceException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.derive.DerivedGraphs;
import org.canon.graph.mapping.MappingSet;
import org.canon.graph.mapping.SssomReader;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;

/**
 * Load = parse every source, validate the taxonomy against the shapes, derive the derived graph from it
 * ({@code sparql/derived/*.rq}), check the mapping sets against the taxonomy, then replace the Canon graphs in the
 * store in one transaction. Any failure throws {@link SourceException} before the store is touched.
 *
 * <pre>{@code
 * LoadReport report = new CanonLoader().load(SourceLayout.folder(Path.of(".")), store);
 * }</pre>
 */
public final class CanonLoader {
    private final List<DerivedGraphBuilder> derived;

    /** A loader that stores only the Canon graphs. */
    public CanonLoader() {
        this(List.of());
    }

    /** A loader that also stores what {@code derived} builds from the loaded data, in the same transaction. */
    public CanonLoader(List<DerivedGraphBuilder> derived) {
        this.derived = List.copyOf(derived);
    }

    /** What a load produced: the graphs and their sizes, and the shape warnings that did not stop it. */
    public record LoadReport(Map<String, Long> graphSizes, List<ShapeValidator.Finding> warnings) {
        public long triples() {
            return graphSizes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Parses and validates; returns the graphs that a load would store, by graph name. */
    public Prepared prepare(SourceLayout layout) {
        List<String> problems = new ArrayList<>();
        Graph ontology = parse(layout.ontologyFiles(), "ontology", problems);
        Graph shapes = parse(layout.shapeFiles(), "shapes", problems);
        Graph taxonomy = parse(layout.taxonomyFiles(), "taxonomy", problems);
        if (!problems.isEmpty()) {
            throw new SourceException("Cannot parse the sources in " + layout.describe(), problems);
        }
        List<ShapeValidator.Finding> warnings = new ShapeValidator(shapes).check(taxonomy, ontology);
        Graph derived = DerivedGraph.derive(layout.derivationFiles(), ontology, taxonomy, problems);
        if (!problems.isEmpty()) {
            throw new SourceException("Cannot derive the derived graph from " + layout.describe(), problems);
        }

        Map<String, Graph> graphs = new LinkedHashMap<>();
        graphs.put(Canon.GRAPH_ONTOLOGY, ontology);
        graphs.put(Canon.GRAPH_SHAPES, shapes);
        graphs.put(Canon.GRAPH_TAXONOMY, taxonomy);
        graphs.put(Canon.GRAPH_DERIVED, derived);
        for (SourceFile file : layout.mappingFiles()) {
            try {
                MappingSet set = SssomReader.read(file);
                checkSubjects(set, taxonomy, problems);
                graphs.put(set.graphName(), set.toGraph());
            } catch (SourceException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SourceException("The mapping sets have errors", problems);
        }
        return new Prepared(graphs, warnings);
    }

    /** Parsed, validated graphs ready to store. */
    public record Prepared(Map<String, Graph> graphs, List<ShapeValidator.Finding> warnings) {}

    /** Prepares and stores; Canon mapping graphs no longer in the sources are dropped in the same transaction. */
    public LoadReport load(SourceLayout layout, CanonStore store) {
        return store(prepare(layout), store);
    }

    /**
     * Stores prepared graphs: replaces them in the store, and drops the Canon mapping graphs that are not among
     * them, in one transaction.
     */
    public LoadReport store(Prepared prepared, CanonStore store) {
        Set<String> drop = new HashSet<>();
        for (String existing : store.graphNames()) {
            if (existing.startsWith(Canon.GRAPH_MAPPINGS) && !prepared.graphs().containsKey(existing)) {
                drop.add(existing);
            }
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        DerivedGraphs.store(prepared.graphs(), drop, store, derived).forEach((name, g) -> sizes.put(name, (long) g.size()));
        return new LoadReport(sizes, prepared.warnings());
    }

    /** Parses the files into one graph that lists its triples in source order (see {@link SourceOrderGraph}). */
    private static Graph parse(List<SourceFile> files, String what, List<String> problems) {
        if (files.isEmpty()) {
            problems.add("No " + what + " files found");
            return null;
        }
        Graph graph = new SourceOrderGraph();
        int before = problems.size();
        for (SourceFile file : files) {
            try {
                RdfFiles.parseInto(file, graph);
            } catch (SourceException e) {
                problems.addAll(e.problems());
            }
        }
        return problems.size() == before ? graph : null;
    }

    /** Every subject of a Canon mapping set must be a profile of the taxonomy. */
    private static void checkSubjects(MappingSet set, Graph taxonomy, List<String> problems) {
        for (MappingSet.Row row : set.rows()) {
            if (row.subject().startsWith(Canon.ID) && !taxonomy.contains(NodeFactory.createURI(row.subject()),
                    RDF.type.asNode(), Canon.Profile.asNode())) {
                problems.add(set.fileName() + ", line " + row.line() + ": subject " + row.subject()
                        + " is not a profile of the taxonomy");
            }
        }
    }
}
