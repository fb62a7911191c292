package org.canon.graph.page;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.canon.graph.vocab.Canon;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Dereferences IRIs: {@code /id/{kind}/{code}}, {@code /external/{scheme}/{code}}, {@code /mappings/...} (see
 * {@link Iris}) and {@code /ontology} answer, by content negotiation ({@link Format}), an HTML page or the
 * resource's RDF: for a resource its concise bounded description (query {@code describe}), for the ontology its whole
 * document. {@code ?format=ttl|jsonld|nt|rdf|html} overrides the Accept header. An IRI the graph does not mention is
 * 404 in the format asked for; an Accept header that allows none of the formats is 406 (problem+json).
 */
@Controller
class ResourceController {
    private final PageQueries queries;
    private final ProfilePage profilePage;
    private final ConceptPage conceptPage;
    private final OntologyPage ontologyPage;

    ResourceController(PageQueries queries, ProfilePage profilePage, ConceptPage conceptPage, OntologyPage ontologyPage) {
        this.queries = queries;
        this.profilePage = profilePage;
        this.conceptPage = conceptPage;
        this.ontologyPage = ontologyPage;
    }

    @GetMapping("/id/{*path}")
    ModelAndView id(@PathVariable String path, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                    @RequestParam(required = false) String format, HttpServletResponse response) {
        return resource("/id" + path, accept, format, response);
    }

    @GetMapping("/external/{*path}")
    ModelAndView external(@PathVariable String path, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                          @RequestParam(required = false) String format, HttpServletResponse response) {
        return resource("/external" + path, accept, format, response);
    }

    @GetMapping("/mappings/{*path}")
    ModelAndView mappings(@PathVariable String path, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                          @RequestParam(required = false) String format, HttpServletResponse response) {
        return resource("/mappings" + path, accept, format, response);
    }

    @GetMapping("/ontology")
    ModelAndView ontology(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                          @RequestParam(required = false) String format, HttpServletResponse response) {
        Format f = negotiate(accept, format);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Model ontology = ontologyPage.model();
        if (ontology.isEmpty()) {
            return notFound(f, Canon.ONTOLOGY);
        }
        return f == Format.HTML ? ontologyPage.page(ontology) : new ModelAndView(new RdfView(ontology, f, null));
    }

    private ModelAndView resource(String path, String accept, String format, HttpServletResponse response) {
        Format f = negotiate(accept, format);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        String iri = Iris.iri(path).orElse(null);
        if (iri == null || !queries.exists(iri)) {
            return notFound(f, iri == null ? path : iri);
        }
        if (f != Format.HTML) {
            return new ModelAndView(new RdfView(queries.describe(iri), f, null));
        }
        String kind = path.startsWith("/id/") ? path.split("/")[2] : null;
        if ("profile".equals(kind)) {
            return profilePage.page(path.substring("/id/profile/".length())).orElseGet(() -> conceptPage.page(iri, kind));
        }
        return conceptPage.page(iri, kind);
    }

    private static Format negotiate(String accept, String format) {
        return Format.negotiate(accept, format).orElseThrow(() -> new NotAcceptableException(accept, format));
    }

    /** 404 in the format asked for: the HTML page, or an empty graph saying so. */
    static ModelAndView notFound(Format f, String what) {
        ModelAndView mv = f == Format.HTML ? new ModelAndView("problem")
                : new ModelAndView(new RdfView(ModelFactory.createDefaultModel(), f, "Not found: " + what));
        mv.addObject("title", "Not found");
        mv.addObject("message", "The graph says nothing about " + what + ".");
        mv.setStatus(HttpStatus.NOT_FOUND);
        return mv;
    }
}
