package org.canon.graph.suggest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.canon.graph.external.Scheme;
import org.canon.graph.text.TextEntry;
import org.canon.graph.vocab.Canon;

/**
 * Suggestions as SSSOM records in RDF, one mapping set (and one named graph) per source and target scheme:
 * graph {@code https://w3id.org/canon/graph/suggestions/{source}-to-{target}}, set
 * {@code https://w3id.org/canon/mappings/suggestions/{source}-to-{target}}.
 *
 * <p>Suggestions are candidates, not asserted mappings: each record is an {@code sssom:Mapping} with
 * {@code sssom:subject_id}, {@code sssom:predicate_id} and {@code sssom:object_id} (SSSOM's slots), not an
 * {@code owl:Axiom} with {@code owl:annotatedSource}, and no SKOS triple is stated, so the queries over asserted
 * mappings ({@code crosswalk}, the checks) do not see them. The predicate is the one a strict walk composes to,
 * else {@code skos:closeMatch}; the justification {@code semapv:CompositeMatching} when a walk through the
 * published mappings supports the candidate, else {@code semapv:LexicalMatching}. The evidence is on the record:
 * {@code canon:rank}, {@code sssom:confidence} (the score), {@code sssom:similarity_score} (best title cosine,
 * {@code sssom:similarity_measure} on the set), {@code canon:definitionSimilarity}, {@code sssom:match_string}
 * (shared titles), {@code canon:chainPath} and {@code canon:chainPredicates} (the walk), {@code canon:skillOverlap}
 * and {@code canon:sharedSkill}.
 */
public final class SuggestionRecords {
    /** Prefix of the suggestion graphs. */
    public static final String GRAPH = Canon.GRAPH + "suggestions/";
    /** Prefix of the suggestion mapping sets. */
    public static final String SET = "https://w3id.org/canon/mappings/suggestions/";
    /** The tool named in sssom:mapping_tool. */
    public static final String TOOL = "canon-graph crosswalk suggestions";
    /** How sssom:similarity_score is measured. */
    public static final String SIMILARITY = "best TF-IDF cosine between the titles of the two (preferred, alternative, "
            + "alternate and reported), over the text index's English analysis";
    private static final int SHARED_TITLES = 3;

    private SuggestionRecords() {}

    public static String graphName(Scheme source, Scheme target) {
        return GRAPH + source.key() + "-to-" + target.key();
    }

    public static String setIri(Scheme source, Scheme target) {
        return SET + source.key() + "-to-" + target.key();
    }

    /** An empty set's graph, with its metadata. */
    public static Graph set(Scheme source, Scheme target, String toolVersion) {
        Graph g = GraphFactory.createDefaultGraph();
        Node set = uri(setIri(source, target));
        g.add(set, RDF.type.asNode(), sssom("MappingSet"));
        g.add(set, sssom("mapping_set_title"), lit("Crosswalk suggestions from " + source.title() + " to " + target.title()));
        g.add(set, sssom("mapping_set_description"), lit("Ranked candidates for mappings from " + source.title()
                + " to " + target.title() + ", each with its score and evidence, derived at import by "
                + "Canon Graph. Candidates to review, not asserted mappings."));
        g.add(set, sssom("mapping_set_version"), lit(LocalDate.now().toString()));
        g.add(set, sssom("mapping_tool"), lit(TOOL));
        g.add(set, sssom("mapping_tool_version"), lit(toolVersion));
        g.add(set, sssom("mapping_date"), NodeFactory.createLiteralDT(LocalDate.now().toString(), XSDDatatype.XSDdate));
        g.add(set, sssom("subject_source"), uri(source.iri()));
        g.add(set, sssom("object_source"), uri(target.iri()));
        g.add(set, sssom("similarity_measure"), lit(SIMILARITY));
        g.add(set, DCTerms.license.asNode(), uri("https://creativecommons.org/licenses/by/4.0/"));
        g.add(set, DCTerms.creator.asNode(), uri(Canon.ID + "agent/canon-graph"));
        return g;
    }

    /** Adds one source's ranked candidates to its set's graph. */
    public static void add(Graph g, Scheme source, Scheme target, TextEntry from, List<SuggestionEngine.Candidate> candidates) {
        Node set = uri(setIri(source, target));
        for (SuggestionEngine.Candidate c : candidates) {
            Node r = uri(setIri(source, target) + "/" + local(from) + "--" + local(c.target()));
            g.add(set, sssom("mappings"), r);
            g.add(r, RDF.type.asNode(), sssom("Mapping"));
            g.add(r, sssom("subject_id"), uri(from.iri()));
            g.add(r, sssom("predicate_id"), uri(predicate(c)));
            g.add(r, sssom("object_id"), uri(c.target().iri()));
            g.add(r, sssom("mapping_justification"), uri(Canon.SEMAPV
                    + (c.evidence().chain() != null ? "CompositeMatching" : "LexicalMatching")));
            g.add(r, sssom("confidence"), decimal(c.score()));
            g.add(r, canon("rank"), NodeFactory.createLiteralDT(Integer.toString(c.rank()), XSDDatatype.XSDinteger));
            g.add(r, sssom("similarity_score"), decimal(c.feature(Feature.TITLE_BEST)));
            if (c.feature(Feature.DEFINITION) > 0) {
                g.add(r, canon("definitionSimilarity"), decimal(c.feature(Feature.DEFINITION)));
            }
            c.evidence().sharedTitles().stream().limit(SHARED_TITLES).forEach(t -> g.add(r, sssom("match_string"), lit(t)));
            SuggestionEngine.MappingChain chain = c.evidence().chain();
            if (chain != null) {
                g.add(r, canon("chainPath"), lit(chain.steps().stream().map(SuggestionEngine.ChainStep::mapping)
                        .collect(Collectors.joining(" "))));
                g.add(r, canon("chainPredicates"), lit(chainPredicates(chain)));
            }
            if (!c.evidence().sharedSkills().isEmpty()) {
                g.add(r, canon("skillOverlap"), decimal(c.feature(Feature.SKILL_OVERLAP)));
                c.evidence().sharedSkills().forEach(s -> g.add(r, canon("sharedSkill"), lit(s)));
            }
        }
    }

    /** The predicate of a suggestion: what a strict walk composes to, else closeMatch. */
    static String predicate(SuggestionEngine.Candidate c) {
        SuggestionEngine.MappingChain chain = c.evidence().chain();
        return chain != null && chain.strict() && chain.composedPredicate() != null ? chain.composedPredicate()
                : MappingNetwork.CLOSE;
    }

    /** The walk's predicates in order, e.g. {@code exactMatch closeMatch narrowMatch}. */
    public static String chainPredicates(SuggestionEngine.MappingChain chain) {
        return chain.steps().stream().map(s -> MappingNetwork.shortName(s.predicate())).collect(Collectors.joining(" "));
    }

    private static String local(TextEntry e) {
        return e.notation().isEmpty() ? e.iri().substring(e.iri().lastIndexOf('/') + 1) : e.notation();
    }

    private static Node decimal(double v) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node sssom(String local) {
        return uri(Canon.SSSOM + local);
    }

    private static Node canon(String local) {
        return uri(Canon.NS + local);
    }
}
