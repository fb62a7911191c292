package org.canon.graph.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's template may use: the link lookups ({@link Hrefs}) and the Fuseki UI's address for the menu.
 * The UI's address is optional, so that web slices of other packages start without the page beans.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {
    private final ObjectProvider<SparqlUi> ui;

    PageModel(ObjectProvider<SparqlUi> ui) {
        this.ui = ui;
    }

    @ModelAttribute
    void links(org.springframework.ui.Model model, HttpServletRequest request) {
        model.addAllAttributes(Map.of("href", Hrefs.IRI, "profileHref", Hrefs.PROFILE, "levelHref", Hrefs.LEVEL,
                "occupationHref", Hrefs.OCCUPATION));
        ui.ifAvailable(u -> u.base(request).ifPresent(b -> model.addAttribute("fusekiUi", b + "/")));
    }
}
