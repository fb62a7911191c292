package org.canon.graph.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.canon.graph.mapping.SssomWriter;
import org.canon.graph.source.SourceException;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;

/**
 * {@code export-mappings SET [--out FILE]}: writes one mapping set of the store as SSSOM TSV (to standard output
 * without {@code --out}). SET names the set's graph after {@code https://w3id.org/canon/graph/}, e.g.
 * {@code mappings/canon-onet-curated}, {@code crosswalks/isco-08-to-soc-2010}, {@code suggestions/onet-soc-to-esco};
 * a bare set name is looked for under each of these.
 */
final class MappingExport {
    private MappingExport() {}

    static int run(List<String> words, Map<String, String> options, CanonStore store, PrintStream out) {
        if (words.isEmpty()) {
            throw new SourceException("export-mappings needs the name of a mapping set, e.g. mappings/canon-onet-curated "
                    + "or suggestions/onet-soc-to-esco");
        }
        String name = words.get(0);
        List<String> candidates = name.contains("/") ? List.of(Canon.GRAPH + name)
                : List.of(Canon.GRAPH_MAPPINGS + name, Canon.GRAPH_CROSSWALKS + name, Canon.GRAPH + "suggestions/" + name);
        String graphName = candidates.stream().filter(store.graphNames()::contains).findFirst()
                .orElseThrow(() -> new SourceException("No mapping set '" + name + "' in " + store.describe()
                        + "; the sets are the graphs under " + Canon.GRAPH + "mappings/, crosswalks/ and suggestions/"));
        Graph g = store.read(graphName);
        Node set = g.find(Node.ANY, RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI(Canon.SSSOM + "MappingSet"))
                .nextOptional().map(org.apache.jena.graph.Triple::getSubject)
                .orElseThrow(() -> new SourceException("The graph " + graphName + " holds no sssom:MappingSet"));
        try (Writer w = options.containsKey("out")
                ? Files.newBufferedWriter(Path.of(options.get("out")), StandardCharsets.UTF_8)
                : new OutputStreamWriter(out, StandardCharsets.UTF_8) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                }) {
            Map<String, String> labels = labels(store);
            SssomWriter.write(g, set.getURI(), iri -> Optional.ofNullable(labels.get(iri)), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (options.containsKey("out")) {
            out.println("OK: wrote " + set.getURI() + " to " + options.get("out"));
        }
        return 0;
    }

    /** Every concept's English preferred label, read once. */
    private static Map<String, String> labels(CanonStore store) {
        Map<String, String> labels = new java.util.HashMap<>();
        try (var conn = store.connect()) {
            conn.querySelect("""
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?c ?l WHERE { ?c skos:prefLabel ?l FILTER (LANG(?l) = "" || LANGMATCHES(LANG(?l), "en")) }""",
                    row -> labels.putIfAbsent(row.getResource("c").getURI(), row.getLiteral("l").getLexicalForm()));
        }
        return labels;
    }
}
