package org.canon.graph.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canon.graph.query.NamedQuery;
import org.canon.graph.query.QueryParam;
import org.canon.graph.query.QueryRunner;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The named queries one click away: {@code /queries} lists them; {@code /queries/{name}?param=value} opens one in an
 * editor with its parameters filled in (the file's text with the bound {@code VALUES} row, see {@link QueryText});
 * {@code /queries/{name}/fuseki?param=value} opens the same text in the Fuseki UI (a page that goes on to it at once); {@code /query} runs the text of the
 * editor ({@link TextQueries}) and shows the answer under it. Works without JavaScript.
 */
@Controller
class EditorController {
    private final QueryRunner runner;
    private final TextQueries text;
    private final SparqlUi ui;

    EditorController(PageQueries queries, TextQueries text, SparqlUi ui) {
        this.runner = queries.runner();
        this.text = text;
        this.ui = ui;
    }

    /** A parameter of the open query, with the value filled in. */
    public record Field(String name, String type, String value, String description) {}

    @GetMapping("/queries")
    ModelAndView list() {
        ModelAndView mv = new ModelAndView("queries");
        mv.addObject("title", "Named queries");
        mv.addObject("queries", runner.catalog().all().stream()
                .map(q -> Map.of("name", q.name(), "summary", q.summary(), "link", QueryLink.of(q.name()))).toList());
        return mv;
    }

    @GetMapping("/queries/{name}")
    ModelAndView open(@PathVariable String name, @RequestParam Map<String, String> params, HttpServletRequest request) {
        NamedQuery q = runner.catalog().get(name);
        String queryText = QueryText.of(runner, name, params);
        return editor(request, q, params, queryText, null);
    }

    @GetMapping("/queries/{name}/fuseki")
    ModelAndView fuseki(@PathVariable String name, @RequestParam Map<String, String> params, HttpServletRequest request) {
        runner.catalog().get(name);
        String queryText = QueryText.of(runner, name, params);
        // a page that goes on at once (meta refresh, no script): the address is too long for a Location header
        return ui.editor(request, queryText).map(url -> {
            ModelAndView mv = new ModelAndView("to-fuseki");
            mv.addObject("title", "Query " + name + " in the Fuseki UI");
            mv.addObject("fusekiUrl", url);
            return mv;
        }).orElseGet(() -> {
            ModelAndView mv = new ModelAndView("problem");
            mv.addObject("title", "No Fuseki UI");
            mv.addObject("message", "This service runs without a Fuseki server to send the query to; open it in the "
                    + "editor instead: /queries/" + name);
            mv.setStatus(HttpStatus.NOT_FOUND);
            return mv;
        });
    }

    @GetMapping("/query")
    ModelAndView runGet(@RequestParam String query, @RequestParam(required = false) String name,
                        HttpServletRequest request) {
        return run(query, name, request);
    }

    @PostMapping("/query")
    ModelAndView run(@RequestParam String query, @RequestParam(required = false) String name,
                     HttpServletRequest request) {
        NamedQuery q = name == null ? null : runner.catalog().find(name).orElse(null);
        return editor(request, q, Map.of(), query, text.run(query));
    }

    private ModelAndView editor(HttpServletRequest request, NamedQuery q, Map<String, String> given, String queryText,
                                TextQueries.Table result) {
        ModelAndView mv = new ModelAndView("editor");
        mv.addObject("title", q == null ? "SPARQL query" : "Query " + q.name());
        mv.addObject("query", q);
        mv.addObject("text", queryText);
        mv.addObject("result", result);
        if (q != null) {
            mv.addObject("fields", fields(q, given));
            Map<String, String> params = new LinkedHashMap<>(given);
            String[] pairs = params.entrySet().stream().flatMap(e -> List.of(e.getKey(), e.getValue()).stream())
                    .toArray(String[]::new);
            mv.addObject("link", QueryLink.of(q.name(), pairs));
        }
        ui.editor(request, queryText).ifPresent(url -> mv.addObject("fusekiUrl", url));
        ui.endpoint(request).ifPresent(url -> mv.addObject("endpoint", url));
        return mv;
    }

    private static List<Field> fields(NamedQuery q, Map<String, String> given) {
        return q.params().stream().map((QueryParam p) -> new Field(p.name(), p.type().name().toLowerCase(),
                given.getOrDefault(p.name(), p.defaultValue()), p.description())).toList();
    }
}
