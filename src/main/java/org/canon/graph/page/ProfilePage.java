package org.canon.graph.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canon.graph.profile.ProfileCard;
import org.canon.graph.profile.ProfileService;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The profile page ({@code templates/profile.html}): everything the source page shows, from the card (queries
 * {@code profile}, {@code skills}, {@code adjacency}), with the crosswalk ({@code crosswalk}), the next steps
 * ({@code career-paths}), the crosswalk suggestions ({@code mappings}, kind suggested) and the skill-similar roles
 * ({@code similar}) when those have been derived. Each section names its query, to open in the editor or the UI.
 */
@Component
class ProfilePage {
    private final ProfileService profiles;
    private final PageQueries queries;

    ProfilePage(ProfileService profiles, PageQueries queries) {
        this.profiles = profiles;
        this.queries = queries;
    }

    /** The page of the profile with this code, or empty when there is none. */
    Optional<ModelAndView> page(String code) {
        Optional<ProfileCard> found = profiles.card(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProfileCard card = found.get();
        ModelAndView mv = new ModelAndView("profile");
        mv.addObject("card", card);
        mv.addObject("title", card.title());
        mv.addObject("iri", card.iri());
        mv.addObject("crosswalk", profiles.crosswalk(code, null));
        mv.addObject("careerPaths", profiles.careerPaths(code, null));
        mv.addObject("suggestions", queries.rows("mappings", Map.of("resource", card.iri(), "kind", "suggested")));
        mv.addObject("similar", queries.rows("similar-profiles", Map.of("code", code)));
        mv.addObject("history", queries.history(code, 5));
        mv.addObject("jsonLd", JsonLd.occupation(card));
        mv.addObject("queries", Map.of(
                "profile", QueryLink.of("profile", "code", code),
                "skills", QueryLink.of("skills", "code", code),
                "adjacency", QueryLink.of("adjacency", "code", code),
                "careerPaths", QueryLink.of("career-paths", "code", code),
                "crosswalk", QueryLink.of("crosswalk", "code", code),
                "suggestions", QueryLink.of("mappings", "resource", card.iri(), "kind", "suggested"),
                "similar", QueryLink.of("similar-profiles", "code", code),
                "describe", QueryLink.of("describe", "resource", card.iri()),
                "history", QueryLink.of("concept-history", "code", code)));
        return Optional.of(mv);
    }
}
