package org.canon.graph.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.canon.graph.source.SourceFile;

/**
 * The derived graph of a load: what the derivations ({@code sparql/derived/*.rq}, standard SPARQL 1.1 CONSTRUCT
 * queries) construct from the ontology and the taxonomy being loaded, for example each profile's canon:peerCount.
 * It is computed before anything is stored and replaced with the other Canon graphs, so it always matches the
 * taxonomy in the store, in either store mode.
 */
final class DerivedGraph {
    private DerivedGraph() {}

    /**
     * Runs every derivation over the union of the two graphs; a derivation that cannot be read, does not parse,
     * is not a CONSTRUCT or fails adds a problem naming its file (and the line), and nothing is stored.
     */
    static Graph derive(List<SourceFile> derivations, Graph ontology, Graph taxonomy, List<String> problems) {
        if (derivations.isEmpty()) {
            problems.add("No derivation files found (sparql/derived/*.rq)");
            return null;
        }
        DatasetGraph sources = DatasetGraphFactory.wrap(new Union(taxonomy, ontology));
        Graph derived = GraphFactory.createDefaultGraph();
        for (SourceFile file : derivations) {
            Query query = parse(file, problems);
            if (query == null) {
                continue;
            }
            if (!query.isConstructType()) {
                problems.add(file.name() + ": a derivation must be a CONSTRUCT query");
                continue;
            }
            try {
                GraphUtil.addInto(derived, QueryExec.dataset(sources).query(query).construct());
            } catch (RuntimeException e) {
                problems.add(file.name() + ": the derivation failed: " + e.getMessage());
            }
        }
        return derived;
    }

    private static Query parse(SourceFile file, List<String> problems) {
        try (InputStream in = file.open()) {
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            problems.add(file.name() + ", line " + e.getLine() + ", column " + e.getColumn() + ": " + e.getMessage());
        } catch (IOException e) {
            problems.add(file.name() + ": cannot read: " + e.getMessage());
        }
        return null;
    }
}
