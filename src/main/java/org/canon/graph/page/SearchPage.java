package org.canon.graph.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canon.graph.query.BadParameterException;
import org.canon.graph.search.SearchHit;
import org.canon.graph.search.SearchService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /search?q=&scheme=&type=}: a search's results as a page (the first {@value #LIMIT}, best first, each a link
 * to the concept's page). The search box of every page is a plain GET form to it, so searching needs no JavaScript;
 * {@code search.js} adds completions from {@code /api/suggest} as one types. A bad parameter shows the page again
 * with the message, status 400.
 */
@Controller
class SearchPage {
    static final int LIMIT = 50;
    /** The schemes' names on the page (others show their short name). */
    static final Map<String, String> SCHEME_NAMES = names("canon", "Canon taxonomy",
            "canon-levels", "Canon levels and tracks", "canon-skills", "Canon skills", "onet-soc", "O*NET-SOC 2019",
            "onet-element", "O*NET content model", "soc2018", "SOC 2018", "soc2010", "SOC 2010", "isco08", "ISCO-08",
            "esco", "ESCO occupations", "esco-skills", "ESCO skills");
    private final SearchService search;

    SearchPage(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    ModelAndView search(@RequestParam(required = false) String q, @RequestParam(required = false) String scheme,
                        @RequestParam(required = false) String type) {
        ModelAndView mv = new ModelAndView("search");
        boolean asked = q != null && !q.isBlank();
        mv.addObject("title", asked ? "Search: " + q.trim() : "Search");
        mv.addObject("q", q);
        mv.addObject("scheme", scheme);
        mv.addObject("type", type);
        mv.addObject("schemes", search.schemes());
        mv.addObject("schemeNames", SCHEME_NAMES);
        mv.addObject("types", search.types());
        mv.addObject("limit", LIMIT);
        if (asked) {
            try {
                List<SearchHit> hits = search.search(q, one(scheme), one(type), LIMIT);
                mv.addObject("hits", hits);
            } catch (BadParameterException e) {
                mv.addObject("message", e.getMessage());
                mv.setStatus(HttpStatus.BAD_REQUEST);
            }
        }
        return mv;
    }

    private static List<String> one(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private static Map<String, String> names(String... keysAndNames) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndNames.length; i += 2) {
            m.put(keysAndNames[i], keysAndNames[i + 1]);
        }
        return Map.copyOf(m);
    }
}
