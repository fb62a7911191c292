package org.canon.graph.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's template may use: the link lookups ({@link Hrefs}) and the Fuseki UI's address for the menu. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {
    private final SparqlUi ui;

    PageModel(SparqlUi ui) {
        this.ui = ui;
    }

    @ModelAttribute
    void links(org.springframework.ui.Model model, HttpServletRequest request) {
        model.addAllAttributes(Map.of("href", Hrefs.IRI, "profileHref", Hrefs.PROFILE, "levelHref", Hrefs.LEVEL));
        ui.base(request).ifPresent(b -> model.addAttribute("fusekiUi", b + "/"));
    }
}
