package org.canon.graph.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.canon.graph.derive.PendingStore;
import org.canon.graph.external.ExternalIris;
import org.canon.graph.external.Scheme;
import org.canon.graph.vocab.Canon;

/**
 * Reads the entries of the text index from the store (or from a load or import about to commit): the SKOS
 * concepts of the taxonomy graph and of every imported scheme's graph, with their English labels, alternative and
 * hidden labels, notations and definitions; the SOC 2010 occupations from the crosswalks that name them; and for
 * each Canon profile a title made of its focus and level, and its focus's definition and responsibilities as its
 * definition.
 */
public final class TextCorpus {
    private static final String PREFIXES = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX sssom: <https://w3id.org/sssom/>
            PREFIX canon: <https://w3id.org/canon/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    private static final String CONCEPTS = PREFIXES + """
            SELECT ?c ?scheme ?notation ?label ?type ?top WHERE {
              ?c skos:inScheme ?scheme ; skos:prefLabel ?label .
              FILTER (LANG(?label) = "" || LANGMATCHES(LANG(?label), "en"))
              OPTIONAL { ?c skos:notation ?notation }
              OPTIONAL { ?c a ?type FILTER (STRSTARTS(STR(?type), "https://w3id.org/canon/ontology#")) }
              BIND (EXISTS { ?c skos:topConceptOf ?scheme } AS ?top)
            }""";
    private static final String TEXTS = PREFIXES + """
            SELECT ?c ?p ?text WHERE {
              VALUES ?p { skos:altLabel skos:hiddenLabel skos:definition }
              ?c ?p ?text .
              FILTER (LANG(?text) = "" || LANGMATCHES(LANG(?text), "en"))
            }""";
    private static final String NARROWER = PREFIXES + "SELECT DISTINCT ?b WHERE { ?c skos:broader ?b }";
    private static final String PROFILES = PREFIXES + """
            SELECT ?p ?focusLabel ?levelLabel ?focusDefinition WHERE {
              ?p a canon:Profile ; canon:focus ?f ; canon:level ?l .
              ?f skos:prefLabel ?focusLabel .
              ?l skos:prefLabel ?levelLabel .
              OPTIONAL { ?f skos:definition ?focusDefinition }
            }""";
    private static final String RESPONSIBILITIES = PREFIXES + """
            SELECT ?p ?text WHERE { ?p a canon:Profile ; canon:responsibility ?r . ?r dcterms:description ?text ;
              canon:order ?order } ORDER BY ?p ?order""";
    private static final String SOC2010 = PREFIXES + """
            SELECT ?c ?label WHERE {
              { ?m owl:annotatedSource ?c . OPTIONAL { ?m sssom:subject_label ?label } }
              UNION { ?m owl:annotatedTarget ?c . OPTIONAL { ?m sssom:object_label ?label } }
              FILTER (STRSTARTS(STR(?c), "https://w3id.org/canon/external/soc2010/"))
            }""";

    private final PendingStore store;
    private final Map<String, Builder> entries = new LinkedHashMap<>();

    private TextCorpus(PendingStore store) {
        this.store = store;
    }

    /** Every entry of the text index, from the graphs there are (absent graphs give none). */
    public static List<TextEntry> read(PendingStore store) {
        TextCorpus corpus = new TextCorpus(store);
        for (String graph : List.of(Canon.GRAPH_TAXONOMY, ExternalIris.GRAPH_ONET, ExternalIris.GRAPH_SOC2018,
                ExternalIris.GRAPH_ISCO, ExternalIris.GRAPH_ESCO)) {
            corpus.skos(graph);
        }
        corpus.profiles();
        corpus.soc2010();
        return corpus.entries.values().stream().map(Builder::build).toList();
    }

    private void skos(String graph) {
        Map<String, Builder> here = new HashMap<>();
        store.select(graph, CONCEPTS, row -> {
            String iri = row.getResource("c").getURI();
            Builder b = here.computeIfAbsent(iri, Builder::new);
            entries.putIfAbsent(iri, b);
            b.label = text(row, "label");
            b.notation = row.contains("notation") ? text(row, "notation") : b.notation;
            String schemeIri = row.getResource("scheme").getURI();
            b.scheme = Scheme.ofConcept(iri).map(Scheme::key)
                    .orElse(schemeIri.substring(schemeIri.replaceAll("/+$", "").lastIndexOf('/') + 1));
            if (row.contains("type")) {
                String t = row.getResource("type").getLocalName();
                b.type = t.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + t.substring(1);
            }
            b.top |= row.getLiteral("top").getBoolean();
        });
        if (here.isEmpty()) {
            return;
        }
        store.select(graph, TEXTS, row -> {
            Builder b = here.get(row.getResource("c").getURI());
            if (b != null) {
                String p = row.getResource("p").getLocalName();
                if (p.equals("definition")) {
                    b.definitions.add(text(row, "text"));
                } else {
                    b.altLabels.add(text(row, "text"));
                }
            }
        });
        Set<String> withNarrower = new HashSet<>();
        store.select(graph, NARROWER, row -> withNarrower.add(row.getResource("b").getURI()));
        here.values().forEach(b -> b.typeByScheme(withNarrower.contains(b.iri)));
    }

    private void profiles() {
        store.select(Canon.GRAPH_TAXONOMY, PROFILES, row -> {
            Builder b = entries.get(row.getResource("p").getURI());
            if (b != null) {
                b.altLabels.add(0, text(row, "focusLabel") + " " + text(row, "levelLabel"));
                if (row.contains("focusDefinition")) {
                    b.definitions.add(0, text(row, "focusDefinition"));
                }
            }
        });
        store.select(Canon.GRAPH_TAXONOMY, RESPONSIBILITIES, row -> {
            Builder b = entries.get(row.getResource("p").getURI());
            if (b != null) {
                b.definitions.add(text(row, "text"));
            }
        });
    }

    private void soc2010() {
        for (String set : List.of(ExternalIris.SET_SOC2010_SOC2018, ExternalIris.SET_ISCO_SOC2010)) {
            store.select(Canon.GRAPH_CROSSWALKS + set, SOC2010, row -> {
                String iri = row.getResource("c").getURI();
                Builder b = entries.computeIfAbsent(iri, Builder::new);
                b.scheme = Scheme.SOC2010.key();
                b.type = "occupation";
                b.notation = iri.substring(iri.lastIndexOf('/') + 1);
                if (b.label == null && row.contains("label")) {
                    b.label = text(row, "label");
                }
            });
        }
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n.isLiteral() ? n.asLiteral().getLexicalForm().trim() : n.toString();
    }

    /** An entry being read. */
    private static final class Builder {
        final String iri;
        String scheme = "";
        String type;
        String notation = "";
        String label;
        boolean top;
        final List<String> altLabels = new ArrayList<>();
        final List<String> definitions = new ArrayList<>();

        Builder(String iri) {
            this.iri = iri;
        }

        /** The type of an external concept, from its scheme and its place in the hierarchy. */
        void typeByScheme(boolean hasNarrower) {
            if (type != null) {
                return;
            }
            type = switch (scheme) {
                case "onet-soc", "esco" -> "occupation";
                case "soc2018" -> hasNarrower ? "group" : "occupation";
                case "isco08" -> notation.length() == 4 ? "unit-group" : "group";
                default -> "concept";
            };
        }

        TextEntry build() {
            boolean general = switch (scheme) {
                case "esco" -> top;
                case "onet-soc" -> notation.endsWith(".00");
                default -> true;
            };
            String name = label == null ? notation : label;
            List<String> alts = new ArrayList<>(new LinkedHashSet<>(altLabels));
            alts.remove(name);
            return new TextEntry(iri, scheme, type == null ? "concept" : type, notation, name, alts,
                    String.join(" ", definitions), general);
        }
    }
}
