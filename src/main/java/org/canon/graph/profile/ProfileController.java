package org.canon.graph.profile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.canon.graph.query.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/profiles/{code}} and the questions about one profile. Each answer is typed
 * (see the records of this package) and comes from the named query of the same name (see {@code /api/queries}),
 * which checks the parameters against its header: the ranges given here are the headers' and
 * {@code ApiDescriptionTest} keeps them in step.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "profiles", description = "One profile's card, neighbours, skills, next steps and external codes.")
class ProfileController {
    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Operation(operationId = "profileCard", summary = "A profile's whole card",
            description = "Every fact the profile page shows (queries 'profile', 'skills' and 'adjacency'); 404 when no profile has this code.")
    @GetMapping("/profiles/{code}")
    ProfileCard profile(@PathVariable @Parameter(description = CODE, example = EXAMPLE) String code) {
        return profiles.card(code).orElseThrow(() -> new NotFoundException("No profile with code '" + code + "'"));
    }

    @Operation(operationId = "adjacentProfiles", summary = "The nearest profiles",
            description = "Nearest profiles (query 'adjacency'): code, title, distance, band and the components of the "
                    + "distance, the pair's skill similarity and blend; ranked by structure, skills or their blend.")
    @GetMapping("/profiles/{code}/adjacent")
    List<AdjacentRole> adjacent(@PathVariable @Parameter(description = CODE, example = EXAMPLE) String code,
                                @RequestParam(required = false) @Parameter(description = "How many profiles to return.",
                                        schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "1000", defaultValue = "10")) Integer limit,
                                @RequestParam(required = false) @Parameter(description = "Only profiles at this distance or nearer.",
                                        schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "1.0")) BigDecimal maxDistance,
                                @RequestParam(required = false) @Parameter(description = "How to rank: by structural distance "
                                        + "(structure), by skill similarity (skills) or by 0.5 * skillSimilarity + 0.5 * (1 - distance) (blend).",
                                        schema = @Schema(type = "string", allowableValues = {"structure", "skills", "blend"},
                                                defaultValue = "structure")) AdjacencyMode mode) {
        return profiles.adjacent(code, limit, maxDistance, mode);
    }

    @Operation(operationId = "profileSkills", summary = "A profile's skills and where each comes from",
            description = "Effective skills with where each comes from (query 'skills'): focus, function baseline, track, level, occupational base, broader skills.")
    @GetMapping("/profiles/{code}/skills")
    List<EffectiveSkill> skills(@PathVariable @Parameter(description = CODE, example = EXAMPLE) String code) {
        return profiles.skills(code);
    }

    @Operation(operationId = "careerPaths", summary = "Next steps from a profile",
            description = "Up the ladder, across to the other track, sideways to a sibling focus and, on request, the "
                    + "moves into other functions with the highest blend of skills and structure, with the skills that "
                    + "carry over and the ones to gain (query 'career-paths').")
    @GetMapping("/profiles/{code}/career-paths")
    List<CareerStep> careerPaths(@PathVariable @Parameter(description = CODE, example = EXAMPLE) String code,
                                 @RequestParam(required = false) @Parameter(description = "How many moves into other functions to propose, highest blend first.",
                                         schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "10", defaultValue = "0")) Integer otherFunctions) {
        return profiles.careerPaths(code, otherFunctions);
    }

    @Operation(operationId = "profileCrosswalk", summary = "A profile's external codes",
            description = "What the profile is called in O*NET-SOC, SOC, ISCO-08 and ESCO, directly and by chained crosswalks (query 'crosswalk').")
    @GetMapping("/profiles/{code}/crosswalk")
    List<CrosswalkEntry> crosswalk(@PathVariable @Parameter(description = CODE, example = EXAMPLE) String code,
                                   @RequestParam(required = false) @Parameter(description = "Only mappings to this taxonomy.",
                                           schema = @Schema(type = "string", defaultValue = "all", allowableValues = {"all", "onet-soc",
                                                   "soc2018", "soc2010", "isco08", "esco"})) String scheme) {
        return profiles.crosswalk(code, scheme);
    }

    private static final String CODE = "The profile code, FUNCTION.FOCUS.LEVEL.";
    private static final String EXAMPLE = "HEALTH.HEALTHIN8668.M3";
}
