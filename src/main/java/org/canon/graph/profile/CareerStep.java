package org.canon.graph.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import org.canon.graph.query.QueryRow;

/** A next step from a profile: one row of the {@code career-paths} query. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A move open from the given profile (a row of the query 'career-paths').")
public record CareerStep(
        @Schema(description = "The kind of move.", allowableValues = {"up", "across", "sideways", "other-function"}) String move,
        @Schema(description = "The code of the profile the move leads to.", example = "HEALTH.HEALTHIN8668.M4") String profileCode,
        @Schema(description = "That profile's title.") String title,
        @Schema(description = "That profile's level code.", example = "M4") String level,
        @Schema(description = "That profile's focus code.", example = "HEALTHIN8668") String focus,
        @Schema(description = "That profile's function code.", example = "HEALTH") String function,
        @Schema(description = "Structural distance from the given profile, as in 'adjacency'.", example = "0.058") Double distance,
        @Schema(description = "The stored skill similarity of the two profiles; absent when the pair is not stored.", example = "0.9778") Double skillSimilarity,
        @Schema(description = "0.5 * skillSimilarity + 0.5 * (1 - distance); absent when the pair is not stored.", example = "0.9597") Double blend,
        @Schema(description = "A move into another function: the target's Canon skills the given profile has too, by name, in alphabetical order.") List<String> carriedSkills,
        @Schema(description = "A move into another function: the target's Canon skills the given profile lacks, by name, in alphabetical order.") List<String> skillsToGain) {

    static CareerStep of(QueryRow r) {
        return new CareerStep(r.text("move"), r.text("profileCode"), r.text("title"), r.text("level"), r.text("focus"),
                r.text("function"), r.number("distance"), r.number("skillSimilarity"), r.number("blend"),
                names(r.text("carriedSkills")), names(r.text("skillsToGain")));
    }

    /** The names of a "; "-separated list, sorted; null when the column is unbound. */
    private static List<String> names(String list) {
        return list == null ? null : Arrays.stream(list.split("; ")).filter(n -> !n.isEmpty()).sorted().toList();
    }
}
