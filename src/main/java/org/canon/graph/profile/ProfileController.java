package org.canon.graph.profile;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canon.graph.api.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/profiles/{code}} and the questions about one profile, as plain JSON; {@code /api/search}.
 * Each answer is the rows of the named query of the same name (see {@code /api/queries}).
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class ProfileController {
    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Operation(summary = "The whole card of one profile (query 'profile'); 404 when no profile has this code.")
    @GetMapping("/profiles/{code}")
    Map<String, Object> profile(@PathVariable String code) {
        return profiles.card(code).orElseThrow(() -> new NotFoundException("No profile with code '" + code + "'"));
    }

    @Operation(summary = "Nearest profiles by structural coordinates (query 'adjacency'): code, title, distance, "
            + "band and the components of the distance.")
    @GetMapping("/profiles/{code}/adjacent")
    List<Map<String, Object>> adjacent(@PathVariable String code,
                                       @RequestParam(required = false) String limit,
                                       @RequestParam(required = false) String maxDistance) {
        return profiles.about("adjacency", code, given("limit", limit, "maxDistance", maxDistance));
    }

    @Operation(summary = "Effective skills with where each comes from (query 'skills').")
    @GetMapping("/profiles/{code}/skills")
    List<Map<String, Object>> skills(@PathVariable String code) {
        return profiles.about("skills", code, Map.of());
    }

    @Operation(summary = "Next steps: up the ladder, across to the other track, sideways (query 'career-paths').")
    @GetMapping("/profiles/{code}/career-paths")
    List<Map<String, Object>> careerPaths(@PathVariable String code) {
        return profiles.about("career-paths", code, Map.of());
    }

    @Operation(summary = "External codes (O*NET-SOC, SOC, ISCO, ESCO) for the profile (query 'crosswalk').")
    @GetMapping("/profiles/{code}/crosswalk")
    List<Map<String, Object>> crosswalk(@PathVariable String code, @RequestParam(required = false) String scheme) {
        return profiles.about("crosswalk", code, given("scheme", scheme));
    }

    @Operation(summary = "Profiles by words in title, alias, focus or function, ranked (query 'search').")
    @GetMapping("/search")
    List<Map<String, Object>> search(@RequestParam String q, @RequestParam(required = false) String limit) {
        return profiles.search(given("q", q, "limit", limit));
    }

    /** The parameters the caller gave (nulls left out, so the query's defaults apply). */
    private static Map<String, String> given(String... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                m.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return m;
    }
}
