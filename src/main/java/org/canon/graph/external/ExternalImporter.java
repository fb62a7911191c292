package org.canon.graph.external;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.derive.DerivedGraphs;
import org.canon.graph.external.ExternalLayout.Kind;
import org.canon.graph.source.SourceException;
import org.canon.graph.mapping.ChainedMappings;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;

/**
 * Imports the external taxonomies and their published crosswalks from the publishers' files: one graph per
 * publisher ({@link ExternalIris#GRAPH_ONET}, {@link ExternalIris#GRAPH_SOC2018}, {@link ExternalIris#GRAPH_ISCO},
 * {@link ExternalIris#GRAPH_ESCO}) and one mapping-set graph per crosswalk, all replaced in the store in one
 * transaction, so that a re-import replaces the graphs and never adds to them. Every crosswalk row must name
 * concepts of the schemes imported in the same run or, for a scheme not imported in this run, already in the
 * store. Any problem (a missing file or column, a malformed row, a bad or unknown code) stops the import
 * before the store is touched, with a {@link SourceException} listing the problems by file and line.
 *
 * <pre>{@code
 * ImportReport report = new ExternalImporter().importInto(List.of(Path.of("../shared/data")), store);
 * }</pre>
 */
public final class ExternalImporter {
    private final List<DerivedGraphBuilder> derived;

    /** An importer that stores only the imported graphs and the chained crosswalks. */
    public ExternalImporter() {
        this(List.of());
    }

    /** An importer that also stores what {@code derived} builds from the imported data, in the same transaction. */
    public ExternalImporter(List<DerivedGraphBuilder> derived) {
        this.derived = List.copyOf(derived);
    }

    /**
     * What an import stored: the graphs and their sizes, the files read (one line per folder, see
     * {@link ExternalLayout#filesRead()}), and how long it took.
     */
    public record ImportReport(Map<String, Long> graphSizes, String sources, long millis) {
        public long triples() {
            return graphSizes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Read and checked graphs, by graph name, ready to store. */
    public record Prepared(Map<String, Graph> graphs, String sources) {}

    /**
     * Reads and checks everything in {@code folders}; stores nothing.
     *
     * @param store where crosswalks find the schemes this run does not import; may be null
     */
    public Prepared prepare(List<Path> folders, CanonStore store) {
        ExternalLayout layout = ExternalLayout.find(folders);
        String summary = "Cannot import the external taxonomies (" + layout.describe() + ")";
        Problems problems = new Problems();
        Map<String, Graph> graphs = new LinkedHashMap<>();
        List<Crosswalk> crosswalks = new ArrayList<>();
        readSchemes(layout, store, problems, graphs, crosswalks);
        problems.throwIfAny(summary);
        layout.folder(Kind.CROSSWALKS).ifPresent(f ->
                run(problems, () -> crosswalks.addAll(0, Crosswalks.read(f, problems))));
        problems.throwIfAny(summary);
        check(crosswalks, new KnownConcepts(graphs, store), problems);
        problems.throwIfAny(summary);
        crosswalks.forEach(c -> graphs.put(c.graphName(), c.toMappingSet().toGraph()));
        return new Prepared(graphs, layout.filesRead());
    }

    /**
     * One graph per publisher found. ESCO's occupations bring their own crosswalk to ISCO-08, and ESCO's copy of
     * the ISCO-08 groups stands in for the ILO's file when ISCO-08 is neither imported now nor in the store.
     */
    private static void readSchemes(ExternalLayout layout, CanonStore store, Problems problems,
                                    Map<String, Graph> graphs, List<Crosswalk> crosswalks) {
        layout.folder(Kind.ONET).ifPresent(f -> run(problems,
                () -> graphs.put(ExternalIris.GRAPH_ONET, new OnetImporter(f, problems).read())));
        layout.folder(Kind.SOC2018).ifPresent(f -> run(problems,
                () -> graphs.put(ExternalIris.GRAPH_SOC2018, new SocImporter(f, problems).read())));
        layout.folder(Kind.ISCO).ifPresent(f -> run(problems,
                () -> graphs.put(ExternalIris.GRAPH_ISCO, new IscoImporter(problems).readIlo(f))));
        layout.folder(Kind.ESCO).ifPresent(f -> run(problems, () -> {
            EscoImporter esco = new EscoImporter(f, problems);
            graphs.put(ExternalIris.GRAPH_ESCO, esco.read());
            boolean iscoKnown = graphs.containsKey(ExternalIris.GRAPH_ISCO)
                    || (store != null && store.graphNames().contains(ExternalIris.GRAPH_ISCO));
            esco.iscoGroups().filter(file -> !iscoKnown).ifPresent(file ->
                    graphs.put(ExternalIris.GRAPH_ISCO, new IscoImporter(problems).readEscoCopy(file)));
            crosswalks.add(esco.crosswalk());
        }));
    }

    /** Every crosswalk row must name known concepts; a scheme with no known concept at all is one problem. */
    private static void check(List<Crosswalk> crosswalks, KnownConcepts known, Problems problems) {
        crosswalks.stream().filter(c -> c.name().equals(ExternalIris.SET_SOC2010_SOC2018)).findFirst().ifPresent(c ->
                known.declare(ExternalIris.SOC2010_SCHEME, c.rows().stream().map(Crosswalk.Mapping::subject)
                        .collect(Collectors.toSet()), "imported now, from " + source(c)));
        for (Crosswalk c : crosswalks) {
            List<String> missing = Stream.of(c.subject().scheme(), c.object().scheme()).filter(known::isEmpty).toList();
            if (missing.isEmpty()) {
                c.check(known, problems);
            }
            missing.forEach(s -> problems.add(source(c) + ": the crosswalk refers to " + s + ", which is neither "
                    + "imported now nor in the store; import " + needed(s) + " in the same run or before"));
        }
    }

    /** Prepares and replaces the graphs in the store, all in one transaction. */
    public ImportReport importInto(List<Path> folders, CanonStore store) {
        long t0 = System.nanoTime();
        Prepared prepared = prepare(folders, store);
        Map<String, Graph> graphs = new LinkedHashMap<>(prepared.graphs());
        graphs.put(Canon.GRAPH_INFERRED, chains(prepared.graphs(), store));
        Map<String, Long> sizes = new LinkedHashMap<>();
        DerivedGraphs.store(graphs, Set.of(), store, derived).forEach((name, g) -> sizes.put(name, (long) g.size()));
        return new ImportReport(sizes, prepared.sources(), (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * The chained crosswalks over the published crosswalks: those imported now, and for the others the ones
     * already in the store.
     */
    private static Graph chains(Map<String, Graph> imported, CanonStore store) {
        List<Graph> sets = new ArrayList<>();
        for (String name : ExternalIris.CROSSWALK_SETS) {
            String graph = Canon.GRAPH_CROSSWALKS + name;
            Graph g = imported.get(graph);
            sets.add(g != null ? g : store.read(graph));
        }
        return ChainedMappings.derive(sets);
    }

    /** Runs one importer; a file it cannot read at all (missing file or column) becomes a problem. */
    private static void run(Problems problems, Runnable importer) {
        try {
            importer.run();
        } catch (SourceException e) {
            e.problems().forEach(problems::add);
        }
    }

    private static String source(Crosswalk c) {
        return c.rows().isEmpty() ? c.name() : c.rows().get(0).file();
    }

    private static String needed(String scheme) {
        return switch (scheme) {
            case ExternalIris.ONET_SOC_SCHEME -> "O*NET (Occupation Data.txt or .xlsx)";
            case ExternalIris.SOC2018_SCHEME -> "SOC 2018 (soc_structure_2018.xlsx)";
            case ExternalIris.SOC2010_SCHEME -> "the crosswalk " + Crosswalks.SOC_FILE;
            case ExternalIris.ISCO_SCHEME -> "ISCO-08 (" + IscoImporter.ILO_FILES[0] + " or ESCO's "
                    + EscoImporter.ISCO_GROUPS + ")";
            default -> "ESCO (" + EscoImporter.OCCUPATIONS + ")";
        };
    }
}
