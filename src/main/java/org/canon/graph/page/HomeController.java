package org.canon.graph.page;

import java.util.List;
import java.util.Map;
import org.canon.graph.query.QueryRow;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The home page: the Canon job taxonomy as a tree (functions, their focuses, each focus's profiles by track; query
 * {@code taxonomy-tree}), the levels of the two tracks ({@code levels}), the named queries, and where to go next.
 */
@Controller
class HomeController {
    private final PageQueries queries;

    HomeController(PageQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    ModelAndView home() {
        List<QueryRow> rows = queries.rows("taxonomy-tree", Map.of());
        ModelAndView mv = new ModelAndView("home");
        mv.addObject("title", "Canon job taxonomy");
        mv.addObject("tree", Views.tree(rows));
        mv.addObject("treeCut", rows.size() >= queries.runner().catalog().get("taxonomy-tree").params().stream()
                .filter(p -> p.name().equals("limit")).map(p -> Integer.parseInt(p.defaultValue())).findFirst().orElse(Integer.MAX_VALUE));
        mv.addObject("levels", queries.rows("levels", Map.of()));
        mv.addObject("namedQueries", queries.runner().catalog().all().stream()
                .map(q -> Map.of("name", q.name(), "summary", q.summary(), "link", QueryLink.of(q.name()))).toList());
        mv.addObject("queries", Map.of("tree", QueryLink.of("taxonomy-tree"), "levels", QueryLink.of("levels")));
        return mv;
    }
}
