package org.canon.graph.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.query.QueryRow;
import org.canon.graph.vocab.Canon;
import org.canon.graph.vocab.External;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page of any resource other than a profile ({@code templates/concept.html}): its name, code, definition and
 * every statement about it both ways (query {@code resource}), its place in its hierarchy ({@code hierarchy}), and by
 * kind: a function's or focus's profiles as a tree ({@code taxonomy-tree}), a track's or level's ladder
 * ({@code levels}), the roles that hold a skill ({@code skill-holders}), and for every concept the mappings to and from
 * it ({@code mappings}) and its similar occupations ({@code similar}) when there are any.
 */
@Component
class ConceptPage {
    /** The kinds of Canon resources that are terms of a scheme (embedded as schema.org DefinedTerms). */
    private static final java.util.Set<String> TERMS = java.util.Set.of("function", "focus", "level", "track", "skill",
            "skill-group");
    private final PageQueries queries;

    ConceptPage(PageQueries queries) {
        this.queries = queries;
    }

    /** The page of the resource with this IRI; {@code kind} is the first segment of its path under /id/, else null. */
    ModelAndView page(String iri, String kind) {
        List<PageQueries.Statement> statements = queries.statements(iri);
        List<PageQueries.Statement> out = statements.stream().filter(PageQueries.Statement::out).toList();
        String label = first(out, SKOS.prefLabel.getURI()) != null ? first(out, SKOS.prefLabel.getURI())
                : first(out, RDFS.label.getURI());
        String code = first(out, SKOS.notation.getURI());
        String definition = first(out, SKOS.definition.getURI());
        ModelAndView mv = new ModelAndView("concept");
        mv.addObject("iri", iri);
        mv.addObject("kind", kind);
        mv.addObject("title", label != null ? label : code != null ? code : RdfView.PREFIXES.shortForm(iri));
        mv.addObject("code", code);
        mv.addObject("definition", definition);
        mv.addObject("scopeNote", first(out, SKOS.scopeNote.getURI()));
        mv.addObject("types", Views.facts(out.stream().filter(s -> s.property().equals(RDF.type.getURI())).toList()));
        mv.addObject("facts", Views.facts(out));
        mv.addObject("incoming", Views.facts(statements.stream().filter(s -> !s.out()).toList()));
        List<QueryRow> hierarchy = queries.rows("hierarchy", Map.of("resource", iri));
        mv.addObject("broader", links(hierarchy, "broader"));
        mv.addObject("narrower", links(hierarchy, "narrower"));
        mv.addObject("mappings", queries.rows("mappings", Map.of("resource", iri)));
        boolean occupation = code != null && iri.equals(External.ONET_SOC + code);
        mv.addObject("similar", occupation
                ? queries.rows("similar-occupations", Map.of("scheme", "onet-soc", "code", code, "limit", "20")) : List.of());
        Map<String, QueryLink> links = new LinkedHashMap<>();
        links.put("resource", QueryLink.of("resource", "resource", iri));
        links.put("hierarchy", QueryLink.of("hierarchy", "resource", iri));
        links.put("mappings", QueryLink.of("mappings", "resource", iri));
        if (occupation) {
            links.put("similar", QueryLink.of("similar-occupations", "scheme", "onet-soc", "code", code));
        }
        links.put("describe", QueryLink.of("describe", "resource", iri));
        if (("function".equals(kind) || "focus".equals(kind)) && code != null) {
            mv.addObject("tree", Views.tree(queries.rows("taxonomy-tree", Map.of(kind, code))));
            links.put("tree", QueryLink.of("taxonomy-tree", kind, code));
        }
        String track = "track".equals(kind) ? code : "level".equals(kind) ? trackOf(out) : null;
        if (track != null) {
            mv.addObject("levels", queries.rows("levels", Map.of("track", track)));
            links.put("levels", QueryLink.of("levels", "track", track));
        }
        if ("skill".equals(kind) || "skill-group".equals(kind)) {
            String slug = iri.substring(iri.lastIndexOf('/') + 1);
            mv.addObject("holders", queries.rows("skill-holders", Map.of("skill", slug)));
            links.put("holders", QueryLink.of("skill-holders", "skill", slug));
        }
        mv.addObject("queries", links);
        if (kind != null ? TERMS.contains(kind) : !iri.startsWith(Canon.MAPPINGS)) {
            boolean skill = "skill".equals(kind) || "skill-group".equals(kind);
            mv.addObject("jsonLd", JsonLd.definedTerm(iri, label, code, definition, skill ? JsonLd.SKILLS_SCHEME
                    : kind != null ? JsonLd.TAXONOMY_SCHEME : first(out, SKOS.inScheme.getURI())));
        }
        return mv;
    }

    /** The code of the track of a level, from the level's statements. */
    private String trackOf(List<PageQueries.Statement> out) {
        return out.stream().filter(s -> s.property().equals(Canon.track.getURI())).map(PageQueries.Statement::valueCode)
                .filter(c -> c != null && c.matches("[A-Z]+")).findFirst().orElse(null);
    }

    private static List<Link> links(List<QueryRow> hierarchy, String relation) {
        return hierarchy.stream().filter(r -> relation.equals(r.text("relation")))
                .map(r -> Link.to(r.text("concept"), r.text("label"), r.text("code"))).toList();
    }

    /** The first value of a property among the statements: a literal's text or an IRI. */
    private static String first(List<PageQueries.Statement> out, String property) {
        return out.stream().filter(s -> s.property().equals(property)).findFirst()
                .map(s -> s.value().isLiteral() ? s.value().asLiteral().getLexicalForm() : s.valueIri()).orElse(null);
    }
}
