package org.canon.graph.mapping;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.canon.graph.vocab.Canon;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a mapping set of the store as an SSSOM TSV file: the mapping-set slots once, in the YAML header
 * ({@code curie_map}, {@code mapping_set_id}, {@code mapping_set_version}, {@code license}, {@code creator_id},
 * {@code subject_source}, {@code object_source}, title, description, tool and its version), then one row per
 * mapping with CURIEs for every IRI the curie map covers. Reads both RDF forms the store holds: asserted mappings
 * ({@code owl:Axiom} with {@code owl:annotatedSource}, ...) and suggestions ({@code sssom:Mapping} with
 * {@code sssom:subject_id}, ...). Rows are sorted by subject, then by confidence (highest first), then object.
 */
public final class SssomWriter {
    /** The CURIE prefixes of the exported files. */
    public static final Map<String, String> PREFIXES = prefixes();
    private static final List<String> SET_SLOTS = List.of("mapping_set_title", "mapping_set_description",
            "mapping_tool", "mapping_tool_version", "mapping_date", "similarity_measure", "comment");
    private static final List<String> ROW_SLOTS = List.of("subject_id", "subject_label", "predicate_id", "object_id",
            "object_label", "mapping_justification", "confidence", "similarity_score", "match_string", "author_id",
            "comment");

    private SssomWriter() {}

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("CANON", Canon.ID + "profile/");
        p.put("CANONORG", Canon.ID + "agent/");
        p.put("CANONSCHEME", Canon.ID + "scheme/");
        p.put("ONET", "https://w3id.org/canon/external/onet-soc/");
        p.put("SOC2018", "https://w3id.org/canon/external/soc2018/");
        p.put("SOC2010", "https://w3id.org/canon/external/soc2010/");
        p.put("ISCO", "http://data.europa.eu/esco/isco/");
        p.put("ESCO", "http://data.europa.eu/esco/occupation/");
        p.put("ESCOSCHEME", "http://data.europa.eu/esco/concept-scheme/");
        p.put("CANONEXT", "https://w3id.org/canon/external/");
        p.put("skos", Canon.SKOS);
        p.put("semapv", Canon.SEMAPV);
        return p;
    }

    /**
     * Writes the set {@code setIri} of {@code graph}.
     *
     * @param labels a concept's English preferred label, where the store has one
     * @throws IllegalArgumentException when the graph holds no such mapping set
     */
    public static void write(Graph graph, String setIri, Function<String, Optional<String>> labels, Writer out) {
        Node set = NodeFactory.createURI(setIri);
        if (!graph.contains(set, RDF.type.asNode(), sssom("MappingSet"))) {
            throw new IllegalArgumentException("no mapping set " + setIri + " in the graph");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        graph.find(set, sssom("mappings"), Node.ANY).forEach(t -> rows.add(row(graph, t.getObject(), labels)));
        rows.sort(Comparator.comparing((Map<String, String> r) -> r.get("subject_id"))
                .thenComparing(r -> -Double.parseDouble(r.getOrDefault("confidence", "0")))
                .thenComparing(r -> r.get("object_id")));
        Set<String> used = new LinkedHashSet<>();
        rows.forEach(r -> used.addAll(r.keySet()));
        List<String> columns = ROW_SLOTS.stream().filter(used::contains).toList();
        try {
            header(graph, set, out);
            out.write(String.join("\t", columns) + "\n");
            for (Map<String, String> r : rows) {
                out.write(String.join("\t", columns.stream().map(c -> clean(r.getOrDefault(c, ""))).toList()) + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Graph g, Node set, Writer out) throws IOException {
        out.write("# curie_map:\n");
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            out.write("#   " + p.getKey() + ": " + p.getValue() + "\n");
        }
        out.write("# mapping_set_id: " + set.getURI() + "\n");
        String version = literal(g, set, sssom("mapping_set_version"))
                .or(() -> literal(g, set, sssom("mapping_date"))).orElse("unversioned");
        out.write("# mapping_set_version: \"" + version + "\"\n");
        out.write("# license: " + object(g, set, DCTerms.license.asNode()).orElse(
                "https://creativecommons.org/licenses/by/4.0/") + "\n");
        out.write("# creator_id:\n#   - " + curie(object(g, set, DCTerms.creator.asNode())
                .or(() -> object(g, set, sssom("creator_id"))).orElse(Canon.ID + "agent/canon-graph")) + "\n");
        for (String slot : List.of("subject_source", "object_source")) {
            Optional<String> v = object(g, set, sssom(slot));
            if (v.isPresent()) {
                out.write("# " + slot + ": " + curie(v.get()) + "\n");
            }
        }
        for (String slot : SET_SLOTS) {
            Optional<String> v = literal(g, set, sssom(slot));
            if (v.isPresent()) {
                out.write("# " + slot + ": " + yaml(v.get()) + "\n");
            }
        }
    }

    private static Map<String, String> row(Graph g, Node m, Function<String, Optional<String>> labels) {
        boolean axiom = g.contains(m, RDF.type.asNode(), OWL2.Axiom.asNode());
        String s = object(g, m, axiom ? OWL2.annotatedSource.asNode() : sssom("subject_id")).orElseThrow();
        String p = object(g, m, axiom ? OWL2.annotatedProperty.asNode() : sssom("predicate_id")).orElseThrow();
        String o = object(g, m, axiom ? OWL2.annotatedTarget.asNode() : sssom("object_id")).orElseThrow();
        Map<String, String> r = new LinkedHashMap<>();
        r.put("subject_id", curie(s));
        literal(g, m, sssom("subject_label")).or(() -> labels.apply(s)).ifPresent(l -> r.put("subject_label", l));
        r.put("predicate_id", curie(p));
        r.put("object_id", curie(o));
        literal(g, m, sssom("object_label")).or(() -> labels.apply(o)).ifPresent(l -> r.put("object_label", l));
        object(g, m, sssom("mapping_justification")).ifPresent(j -> r.put("mapping_justification", curie(j)));
        literal(g, m, sssom("confidence")).ifPresent(c -> r.put("confidence", new BigDecimal(c).toPlainString()));
        literal(g, m, sssom("similarity_score")).ifPresent(c -> r.put("similarity_score", c));
        List<String> matches = new ArrayList<>();
        g.find(m, sssom("match_string"), Node.ANY).forEach(t -> matches.add(t.getObject().getLiteralLexicalForm()));
        if (!matches.isEmpty()) {
            r.put("match_string", String.join("|", matches.stream().sorted().toList()));
        }
        object(g, m, sssom("author_id")).ifPresent(a -> r.put("author_id", curie(a)));
        List<String> comment = new ArrayList<>();
        literal(g, m, sssom("comment")).ifPresent(comment::add);
        literal(g, m, uri(Canon.NS + "rank")).ifPresent(v -> comment.add("rank " + v));
        literal(g, m, uri(Canon.NS + "chainPredicates")).ifPresent(v -> comment.add("walk through the published "
                + "mappings: " + v + " (" + literal(g, m, uri(Canon.NS + "chainPath")).orElse("") + ")"));
        literal(g, m, uri(Canon.NS + "definitionSimilarity")).ifPresent(v -> comment.add("definition cosine " + v));
        List<String> skills = new ArrayList<>();
        g.find(m, uri(Canon.NS + "sharedSkill"), Node.ANY).forEach(t -> skills.add(t.getObject().getLiteralLexicalForm()));
        if (!skills.isEmpty()) {
            comment.add("shared skills: " + String.join(", ", skills.stream().sorted().toList()));
        }
        if (!comment.isEmpty()) {
            r.put("comment", String.join("; ", comment));
        }
        return r;
    }

    /** The CURIE of an IRI under one of {@link #PREFIXES}, or the IRI itself. */
    public static String curie(String iri) {
        String best = null;
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            if (iri.startsWith(p.getValue()) && iri.length() > p.getValue().length() && !iri.substring(p.getValue().length()).contains("/")
                    && (best == null || p.getValue().length() > PREFIXES.get(best).length())) {
                best = p.getKey();
            }
        }
        return best == null ? iri : best + ":" + iri.substring(PREFIXES.get(best).length());
    }

    private static Optional<String> object(Graph g, Node s, Node p) {
        return first(g, s, p).filter(Node::isURI).map(Node::getURI);
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return first(g, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private static Optional<Node> first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next()).map(Triple::getObject) : Optional.empty();
        } finally {
            it.close();
        }
    }

    private static String yaml(String v) {
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    private static String clean(String v) {
        return v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static Node sssom(String local) {
        return uri(Canon.SSSOM + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    // --- a mapping set read from SSSOM/TSV, written back (round trip of the reader)


    /** The columns written first, in this order; the other slots follow in the order the rows first give them. */
    private static final List<String> LEADING = List.of("subject_id", "predicate_id", "object_id",
            "mapping_justification", "confidence");

    /**
     * The set as SSSOM/TSV text.
     *
     * @throws IllegalArgumentException when an IRI has no prefix in the set's curie_map
     */
    public static String write(MappingSet set) {
        StringWriter out = new StringWriter();
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        for (String line : new Yaml(options).dump(new LinkedHashMap<>(set.header())).split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        List<String> columns = columns(set);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.TDF.builder().setRecordSeparator('\n')
                .setHeader(columns.toArray(String[]::new)).get())) {
            for (MappingSet.Row row : set.rows()) {
                List<String> values = new ArrayList<>();
                for (String column : columns) {
                    values.add(value(set, row, column));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> columns(MappingSet set) {
        Set<String> columns = new LinkedHashSet<>(LEADING);
        if (set.rows().stream().noneMatch(r -> r.confidence() != null)) {
            columns.remove("confidence");
        }
        for (MappingSet.Row row : set.rows()) {
            row.slots().forEach((slot, value) -> {
                if (!propagated(set, slot, value)) {
                    columns.add(slot);
                }
            });
        }
        return List.copyOf(columns);
    }

    /** A row's value equal to the header's value of a propagatable slot comes from the header. */
    private static boolean propagated(MappingSet set, String slot, String value) {
        return SssomReader.PROPAGATABLE_SLOTS.contains(slot) && set.header().get(slot) != null
                && String.join("|", SssomReader.values(set.header().get(slot))).equals(value);
    }

    private static String value(MappingSet set, MappingSet.Row row, String column) {
        return switch (column) {
            case "subject_id" -> curie(row.subject(), set.curies());
            case "predicate_id" -> curie(row.predicate(), set.curies());
            case "object_id" -> curie(row.object(), set.curies());
            case "mapping_justification" -> curie(row.justification(), set.curies());
            case "confidence" -> row.confidence() == null ? "" : row.confidence().toPlainString();
            default -> {
                String v = row.slots().get(column);
                if (v == null || propagated(set, column, v)) {
                    yield "";
                }
                if (MappingSet.Row.IRI_SLOTS.contains(column)) {
                    List<String> parts = new ArrayList<>();
                    for (String part : v.split("\\|")) {
                        parts.add(curie(MappingSet.Row.expand(part.trim(), set.curies(), column), set.curies()));
                    }
                    yield String.join("|", parts);
                }
                yield v;
            }
        };
    }

    /** The CURIE of an IRI with the longest namespace of the prefixes that fits it. */
    static String curie(String iri, Map<String, String> curies) {
        return curies.entrySet().stream().filter(e -> iri.startsWith(e.getValue()) && iri.length() > e.getValue().length())
                .max(Comparator.comparingInt(e -> e.getValue().length()))
                .map(e -> e.getKey() + ":" + iri.substring(e.getValue().length()))
                .orElseThrow(() -> new IllegalArgumentException("No prefix in the curie_map for <" + iri + ">"));
    }
}
