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
import org.canon.graph.release.RecordedRelease;
import org.canon.graph.release.ReleaseRecorder;
import org.canon.graph.progress.Progress;
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
 *
 * <p>Given a {@link Progress}, it reports one step per source file parsed, the validation, each mapping set and the
 * store write.
 */
public final class CanonLoader {
    private final List<DerivedGraphBuilder> derived;
    private final Progress progress;

    /** A loader that stores only the Canon graphs and reports no progress. */
    public CanonLoader() {
        this(List.of(), Progress.quiet());
    }

    /** A loader that also stores what {@code derived} builds from the loaded data, in the same transaction. */
    public CanonLoader(List<DerivedGraphBuilder> derived) {
        this(derived, Progress.quiet());
    }

    /** A loader that stores only the Canon graphs and reports its steps to {@code progress}. */
    public CanonLoader(Progress progress) {
        this(List.of(), progress);
    }

    /** A loader that stores what {@code derived} builds too, and reports its steps to {@code progress}. */
    public CanonLoader(List<DerivedGraphBuilder> derived, Progress progress) {
        this.derived = List.copyOf(derived);
        this.progress = progress;
    }

    /**
     * What a load produced: the graphs and their sizes, the shape warnings that did not stop it, and the release it
     * recorded.
     */
    public record LoadReport(Map<String, Long> graphSizes, List<ShapeValidator.Finding> warnings,
                             RecordedRelease release) {
        public long triples() {
            return graphSizes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Parses and validates; returns the graphs that a load would store, by graph name. */
    public Prepared prepare(SourceLayout layout) {
        progress.expect(steps(layout));
        return prepareSteps(layout);
    }

    /** Steps reported by {@link #prepare}: one per source file, and the validation. */
    private static int steps(SourceLayout layout) {
        return layout.ontologyFiles().size() + layout.shapeFiles().size() + layout.taxonomyFiles().size() + 1
                + layout.mappingFiles().size();
    }

    private Prepared prepareSteps(SourceLayout layout) {
        List<String> problems = new ArrayList<>();
        Graph ontology = parse(layout.ontologyFiles(), "ontology", problems);
        Graph shapes = parse(layout.shapeFiles(), "shapes", problems);
        Graph taxonomy = parse(layout.taxonomyFiles(), "taxonomy", problems);
        if (!problems.isEmpty()) {
            throw new SourceException("Cannot parse the sources in " + layout.describe(), problems);
        }
        Progress.Step validation = progress.step("validating the taxonomy against the shapes");
        List<ShapeValidator.Finding> warnings = new ShapeValidator(shapes).check(taxonomy, ontology);
        validation.done(taxonomy.size(), "triples");
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
            Progress.Step step = progress.step("reading " + file.name());
            try {
                MappingSet set = SssomReader.read(file);
                checkSubjects(set, taxonomy, problems);
                graphs.put(set.graphName(), set.toGraph());
                step.done(set.rows().size(), "mappings");
            } catch (SourceException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SourceException("The mapping sets have errors", problems);
        }
        List<SourceFile> sources = new ArrayList<>(layout.ontologyFiles());
        sources.addAll(layout.shapeFiles());
        sources.addAll(layout.taxonomyFiles());
        sources.addAll(layout.mappingFiles());
        return new Prepared(graphs, warnings, sources, layout.describe());
    }

    /** Parsed, validated graphs ready to store, the files they come from and where those are. */
    public record Prepared(Map<String, Graph> graphs, List<ShapeValidator.Finding> warnings, List<SourceFile> sources,
                           String origin) {}

    /** Prepares and stores; Canon mapping graphs no longer in the sources are dropped in the same transaction. */
    /**
     * The derived graph for the ontology and taxonomy the store holds, from {@code layout}'s derivations: for a store
     * loaded before a derivation existed (the service derives it at start instead of waiting for the next load).
     *
     * @throws SourceException naming a derivation that cannot run
     */
    public Graph deriveFor(SourceLayout layout, CanonStore store) {
        List<String> problems = new ArrayList<>();
        Graph derived = DerivedGraph.derive(layout.derivationFiles(), store.read(Canon.GRAPH_ONTOLOGY),
                store.read(Canon.GRAPH_TAXONOMY), problems);
        if (!problems.isEmpty()) {
            throw new SourceException("Cannot derive the derived graph from " + layout.describe(), problems);
        }
        return derived;
    }

    public LoadReport load(SourceLayout layout, CanonStore store) {
        progress.expect(steps(layout) + 1);
        return storeStep(prepareSteps(layout), store);
    }

    /**
     * Stores prepared graphs: replaces them in the store, and drops the Canon mapping graphs that are not among
     * them, in one transaction, which also records the release (see {@link ReleaseRecorder}).
     */
    public LoadReport store(Prepared prepared, CanonStore store) {
        progress.expect(1);
        return storeStep(prepared, store);
    }

    private LoadReport storeStep(Prepared prepared, CanonStore store) {
        long triples = prepared.graphs().values().stream().mapToLong(Graph::size).sum();
        Progress.Step step = progress.step("writing " + prepared.graphs().size() + " graphs into " + store.describe());
        Set<String> drop = new HashSet<>();
        for (String existing : store.graphNames()) {
            if (existing.startsWith(Canon.GRAPH_MAPPINGS) && !prepared.graphs().containsKey(existing)) {
                drop.add(existing);
            }
        }
        ReleaseRecorder release = new ReleaseRecorder(store, RecordedRelease.Kind.LOAD,
                "Canon sources from " + prepared.origin(), prepared.sources());
        Map<String, Long> sizes = new LinkedHashMap<>();
        DerivedGraphs.store(prepared.graphs(), drop, release, derived).forEach((name, g) -> sizes.put(name, (long) g.size()));
        step.done(triples, "triples");
        return new LoadReport(sizes, prepared.warnings(), release.recorded());
    }

    /** Parses the files into one graph that lists its triples in source order (see {@link SourceOrderGraph}). */
    private Graph parse(List<SourceFile> files, String what, List<String> problems) {
        if (files.isEmpty()) {
            problems.add("No " + what + " files found");
            return null;
        }
        Graph graph = new SourceOrderGraph();
        int before = problems.size();
        for (SourceFile file : files) {
            Progress.Step step = progress.step("parsing " + file.name());
            long triples = graph.size();
            try {
                RdfFiles.parseInto(file, graph);
                step.done(graph.size() - triples, "triples");
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
