package org.canon.graph.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.canon.graph.query.QueryRow;

/** A skill a profile has and the route that gave it: one row of the {@code skills} query. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A skill the profile has, with where it comes from (a row of the query 'skills').")
public record EffectiveSkill(
        @Schema(description = "The skill (IRI).") String skill,
        @Schema(description = "The skill's name.", example = "EHR/EMR expertise") String label,
        @Schema(description = "The skill's definition, if it has one.") String definition,
        @Schema(description = "Where the skill comes from, a canon:SkillSource (IRI).") String source,
        @Schema(description = "The source's label.", example = "Focus") String sourceLabel,
        @Schema(description = "What gave the skill: the focus, function or track name, the level or occupation code, or the narrower skill.") String via,
        @Schema(description = "The route as text, from the origin to this skill.") String path,
        @Schema(description = "0 for a direct skill, else the number of skos:broader steps; absent beyond four.") Integer depth,
        @Schema(description = "Occupational base only: the O*NET importance rating.") Double importance,
        @Schema(description = "Occupational base only: the O*NET level rating.") Double levelScore) {

    static EffectiveSkill of(QueryRow r) {
        return new EffectiveSkill(r.text("skill"), r.text("label"), r.text("definition"), r.text("source"),
                r.text("sourceLabel"), r.text("via"), r.text("path"), r.integer("depth"), r.number("importance"),
                r.number("levelScore"));
    }

    /** Whether the profile has the skill directly (from its focus, function, track, level or occupation). */
    boolean direct() {
        return depth != null && depth == 0;
    }
}
