package org.canon.graph.evaluate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.canon.graph.external.ExternalIris;
import org.canon.graph.similarity.OccupationWeights;
import org.canon.graph.similarity.SimilarOccupations;
import org.canon.graph.source.SourceException;
import org.canon.graph.store.CanonStore;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate related --reference FILE [--json OUT] [--baseline]}: scores the similar occupations materialised
 * in the store (graph {@code similarity/occupations}, written by the import) against a reference in the layout of
 * O*NET's {@code Related Occupations.txt} ({@link RelatedReference}): precision@10, recall@20 and nDCG@10 over the
 * source occupations present ({@link RelatedScores}). {@code --baseline} scores the plain cosine of Skills and
 * Knowledge importance instead, computed from the O*NET graph in the store. {@code --json OUT} writes
 * {@code {"occupations", "precision10", "recall20", "ndcg10"}}.
 *
 * <p>{@code evaluate related --fit --reference FILE [--weights OUT]} fits the weights of the similarity on the
 * reference instead ({@link RelatedOccupationsFit}) and writes them, with the cross-validated figures, to
 * {@code OUT} (default {@value #WEIGHTS}): the file to commit as {@code src/main/resources}{@value
 * OccupationWeights#RESOURCE}.
 */
public final class RelatedOccupationsEvaluation implements Evaluation {
    static final String WEIGHTS = "occupation-weights.json";
    private static final Query MATERIALISED = QueryFactory.create("""
            PREFIX canon: <https://w3id.org/canon/ontology#>
            PREFIX skos:  <http://www.w3.org/2004/02/skos/core#>
            SELECT ?code ?similar WHERE {
              ?entry a canon:OccupationSimilarity ; canon:subjectOccupation ?o ; canon:similarOccupation ?s ;
                     canon:similarityRank ?rank .
              ?o skos:notation ?code .
              ?s skos:notation ?similar .
            } ORDER BY ?code ?rank""");
    private final Supplier<CanonStore> stores;

    /** @param store the store, opened when the evaluation runs */
    public RelatedOccupationsEvaluation(Supplier<CanonStore> store) {
        this.stores = store;
    }

    @Override
    public String name() {
        return "related";
    }

    @Override
    public String usage() {
        return "--reference FILE [--json OUT] [--baseline]  |  --fit --reference FILE [--weights OUT]";
    }

    @Override
    public int run(Map<String, String> options, PrintStream out) {
        Options o = Options.of(options, Set.of("reference", "json", "weights"), Set.of("fit", "baseline"));
        RelatedReference reference = RelatedReference.read(Path.of(o.require("reference")));
        CanonStore store = stores.get();
        Map<String, Set<String>> truth = reference.scored();
        String described = reference.file().getFileName() + " (" + reference.primary().size() + " source occupations, "
                + truth.size() + " with primary related occupations, "
                + truth.values().stream().mapToInt(Set::size).sum() + " primary pairs)";
        if (o.flag("fit")) {
            OccupationWeights w = new RelatedOccupationsFit(similar(store), truth, out::println).run(described);
            Path file = Path.of(o.get("weights").orElse(WEIGHTS));
            write(file, w.toJson());
            out.println("Fitted weights: " + w.summary());
            out.println("Cross-validated: " + w.fit().get("crossValidated") + "; in sample: " + w.fit().get("inSample")
                    + "; baseline: " + w.fit().get("baseline"));
            out.println("OK: wrote " + file.toAbsolutePath());
            return 0;
        }
        Map<String, List<String>> ranked = o.flag("baseline") ? baseline(store, truth.keySet()) : materialised(store);
        if (ranked.isEmpty()) {
            throw new SourceException("The store holds no similar occupations: import O*NET first "
                    + "(java -jar canon-graph.jar import FOLDER)");
        }
        RelatedScores scores = RelatedScores.of(ranked::get, truth, truth.keySet());
        out.println((o.flag("baseline") ? "Baseline (cosine of Skills and Knowledge importance)"
                : "Similar occupations in " + store.describe()) + " against " + described + ":");
        out.println("  " + scores.describe());
        o.get("json").ifPresent(f -> {
            write(Path.of(f), JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(scores.toMap()) + "\n");
            out.println("OK: wrote " + Path.of(f).toAbsolutePath());
        });
        return 0;
    }

    /** Each occupation's materialised similar occupations, best first. */
    static Map<String, List<String>> materialised(CanonStore store) {
        Map<String, List<String>> ranked = new LinkedHashMap<>();
        try (RDFConnection conn = store.connect()) {
            Txn.executeRead(conn, () -> conn.querySelect(MATERIALISED, row -> ranked.computeIfAbsent(
                    row.getLiteral("code").getLexicalForm(), k -> new ArrayList<>())
                    .add(row.getLiteral("similar").getLexicalForm())));
        }
        return ranked;
    }

    private static Map<String, List<String>> baseline(CanonStore store, Set<String> sources) {
        SimilarOccupations similar = similar(store);
        OccupationWeights w = RelatedOccupationsFit.baseline();
        Map<String, List<String>> ranked = new LinkedHashMap<>();
        similar.codes().stream().filter(sources::contains)
                .forEach(code -> ranked.put(code, similar.nearest(code, w, SimilarOccupations.TOP)));
        return ranked;
    }

    private static SimilarOccupations similar(CanonStore store) {
        Graph onet = store.read(ExternalIris.GRAPH_ONET);
        if (onet.isEmpty()) {
            throw new SourceException("The store holds no O*NET graph (" + ExternalIris.GRAPH_ONET
                    + "): import O*NET first (java -jar canon-graph.jar import FOLDER)");
        }
        return SimilarOccupations.of(onet);
    }

    private static void write(Path file, String text) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
