package org.canon.graph.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.canon.graph.query.QueryRow;

/** A next step from a profile: one row of the {@code career-paths} query. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A move open from the given profile (a row of the query 'career-paths').")
public record CareerStep(
        @Schema(description = "The kind of move.", allowableValues = {"up", "across", "sideways"}) String move,
        @Schema(description = "The code of the profile the move leads to.", example = "HEALTH.HEALTHIN8668.M4") String profileCode,
        @Schema(description = "That profile's title.") String title,
        @Schema(description = "That profile's level code.", example = "M4") String level,
        @Schema(description = "That profile's focus code.", example = "HEALTHIN8668") String focus,
        @Schema(description = "Structural distance from the given profile, as in 'adjacency'.", example = "0.058") Double distance) {

    static CareerStep of(QueryRow r) {
        return new CareerStep(r.text("move"), r.text("profileCode"), r.text("title"), r.text("level"), r.text("focus"),
                r.number("distance"));
    }
}
