package org.canon.graph.mapping;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.vocab.Canon;
import org.canon.graph.vocab.Sssom;

/**
 * One SSSOM mapping set, read from its TSV file, and its RDF form: a {@code sssom:MappingSet} whose
 * {@code sssom:mappings} are {@code owl:Axiom}s (annotatedSource / annotatedProperty / annotatedTarget with the
 * SSSOM slots), beside the plain SKOS mapping triple of each row.
 */
public record MappingSet(String fileName, Map<String, Object> header, Map<String, String> curies, List<Row> rows) {

    /** Prefixes known without declaration. */
    public static final Map<String, String> BUILT_IN_PREFIXES = Map.of(
            "skos", SKOS.uri, "semapv", Sssom.SEMAPV, "owl", OWL2.NS, "rdfs", RDFS.uri, "sssom", Sssom.NS);

    /** The mapping set's IRI. */
    public String id() {
        return String.valueOf(header.get("mapping_set_id"));
    }

    /** The short name of the set: its file name without {@code .sssom.tsv}; its graph is named after it. */
    public String name() {
        String file = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return file.replaceFirst("\\.sssom\\.tsv$", "").replaceFirst("\\.tsv$", "");
    }

    /** The named graph this set is stored in. */
    public String graphName() {
        return Canon.GRAPH_MAPPINGS + name();
    }

    /** One mapping: expanded IRIs and the remaining slots as given. */
    public record Row(String subject, String predicate, String object, String justification,
                      BigDecimal confidence, Map<String, String> slots, long line) {

        static Row of(Map<String, String> values, Map<String, String> curies, long line) {
            String subject = expandCurie(require(values, "subject_id"), curies, "subject_id");
            String predicate = expandCurie(require(values, "predicate_id"), curies, "predicate_id");
            if (!Sssom.SKOS_MAPPING_PREDICATES.contains(predicate)) {
                throw new IllegalArgumentException("predicate_id " + values.get("predicate_id") + " is not a SKOS "
                        + "mapping relation (skos:exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch)");
            }
            String object = expandCurie(require(values, "object_id"), curies, "object_id");
            String justification = expandCurie(require(values, "mapping_justification"), curies, "mapping_justification");
            if (!justification.startsWith(Sssom.SEMAPV)) {
                throw new IllegalArgumentException("mapping_justification " + values.get("mapping_justification")
                        + " is not a semapv term (e.g. semapv:ManualMappingCuration)");
            }
            BigDecimal confidence = null;
            if (values.containsKey("confidence")) {
                try {
                    confidence = new BigDecimal(values.get("confidence"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("confidence '" + values.get("confidence") + "' is not a number");
                }
                if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
                }
            }
            Map<String, String> slots = new LinkedHashMap<>(values);
            List.of("subject_id", "predicate_id", "object_id", "mapping_justification", "confidence")
                    .forEach(slots::remove);
            for (String slot : IRI_SLOTS) {
                if (slots.containsKey(slot)) {
                    for (String value : slots.get(slot).split("\\|")) {
                        expandCurie(value.trim(), curies, slot);
                    }
                }
            }
            if (slots.containsKey("mapping_date") && !slots.get("mapping_date").matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalArgumentException("mapping_date '" + slots.get("mapping_date")
                        + "' is not a date (YYYY-MM-DD)");
            }
            return new Row(subject, predicate, object, justification, confidence, slots, line);
        }

        /** Entity-reference slots besides subject, predicate, object and justification; values may be "|"-separated. */
        static final List<String> IRI_SLOTS = List.of("author_id", "reviewer_id", "creator_id", "subject_source",
                "object_source", "mapping_tool_id", "mapping_source");

        private static String require(Map<String, String> values, String column) {
            String v = values.get(column);
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(column + " is empty");
            }
            return v;
        }

        /**
         * Expands a CURIE of an SSSOM/TSV file, where entity references are CURIEs: a full IRI is refused, with the
         * column (or header slot) named.
         */
        static String expandCurie(String curie, Map<String, String> curies, String column) {
            if (curie.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
                throw new IllegalArgumentException(column + " '" + curie + "' is a full IRI where SSSOM/TSV requires "
                        + "a CURIE: declare its namespace in the curie_map and write prefix:local");
            }
            return expand(curie, curies, column);
        }

        /** Expands a CURIE with the set's prefixes; a full http(s) IRI (as a crosswalk gives it) is kept as it is. */
        static String expand(String curie, Map<String, String> curies, String column) {
            if (curie.startsWith("http://") || curie.startsWith("https://")) {
                return curie;
            }
            int colon = curie.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(column + " '" + curie + "' is not a CURIE (prefix:local)");
            }
            String ns = curies.get(curie.substring(0, colon));
            if (ns == null) {
                throw new IllegalArgumentException(column + " '" + curie + "' uses prefix '"
                        + curie.substring(0, colon) + "', which is not in the curie_map");
            }
            return ns + curie.substring(colon + 1);
        }

        /** Local part of the object IRI after the last '/' or '#'. */
        String localObject() {
            return object.substring(Math.max(object.lastIndexOf('/'), object.lastIndexOf('#')) + 1);
        }

        String localSubject() {
            return subject.substring(Math.max(subject.lastIndexOf('/'), subject.lastIndexOf('#')) + 1);
        }
    }

    /** The mapping set in SSSOM's RDF form plus plain SKOS triples. */
    public Graph toGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node set = NodeFactory.createURI(id());
        g.add(set, RDF.type.asNode(), Sssom.MappingSet.asNode());
        g.add(set, DCTerms.license.asNode(), NodeFactory.createURI(String.valueOf(header.get("license"))));
        for (String key : List.of("mapping_set_version", "mapping_set_title", "mapping_set_description",
                "mapping_tool", "mapping_date", "comment")) {
            if (header.get(key) != null) {
                g.add(set, sssom(key), NodeFactory.createLiteralString(String.valueOf(header.get(key))));
            }
        }
        for (String creator : SssomReader.values(header.get("creator_id"))) {
            g.add(set, sssom("creator_id"), NodeFactory.createURI(Row.expand(creator, curies, "creator_id")));
        }
        for (Row row : rows) {
            Node s = NodeFactory.createURI(row.subject());
            Node p = NodeFactory.createURI(row.predicate());
            Node o = NodeFactory.createURI(row.object());
            g.add(s, p, o);
            Node m = NodeFactory.createURI(row.slots().getOrDefault("record_id",
                    id() + "/" + row.localSubject() + "--" + row.localObject()));
            g.add(set, Sssom.mappings.asNode(), m);
            g.add(m, RDF.type.asNode(), OWL2.Axiom.asNode());
            g.add(m, OWL2.annotatedSource.asNode(), s);
            g.add(m, OWL2.annotatedProperty.asNode(), p);
            g.add(m, OWL2.annotatedTarget.asNode(), o);
            g.add(m, Sssom.mapping_justification.asNode(), NodeFactory.createURI(row.justification()));
            if (row.confidence() != null) {
                g.add(m, Sssom.confidence.asNode(),
                        NodeFactory.createLiteralDT(row.confidence().toPlainString(), XSDDatatype.XSDdecimal));
            }
            row.slots().forEach((slot, value) -> {
                if (slot.equals("record_id")) {
                    return;
                }
                if (Row.IRI_SLOTS.contains(slot)) {
                    for (String one : value.split("\\|")) {
                        g.add(m, sssom(slot), NodeFactory.createURI(Row.expand(one.trim(), curies, slot)));
                    }
                    return;
                }
                Node v = switch (slot) {
                    case "mapping_date" -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
                    case "subject_label", "object_label" -> NodeFactory.createLiteralLang(value, "en");
                    default -> NodeFactory.createLiteralString(value);
                };
                g.add(m, sssom(slot), v);
            });
        }
        return g;
    }

    /** The property of a slot given by name in the header or a column of the table. */
    private static Node sssom(String slot) {
        return Sssom.slot(slot).asNode();
    }
}
