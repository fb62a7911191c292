package org.canon.graph.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.canon.graph.query.QueryRow;

/**
 * A profile near another by structural coordinates, by skills or by their blend: one row of the {@code adjacency}
 * query, whose header describes each column.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A profile near the given one (a row of the query 'adjacency').")
public record AdjacentRole(
        @Schema(description = "The neighbour's code.", example = "HEALTH.HEALTHIN8668.M4") String profileCode,
        @Schema(description = "The neighbour's title.") String title,
        @Schema(description = "Structural distance 0.5*t + 0.35*l + 0.15*x in [0, 1], rounded to 3 places.", example = "0.058") Double distance,
        @Schema(description = "The match band (IRI): canon:CloseMatchBand (< 0.2), canon:RelatedMatchBand (< 0.5) or canon:DistantMatchBand.") String band,
        @Schema(description = "The band's label.", example = "Close match") String bandLabel,
        @Schema(description = "t: 0 same focus, 0.5 same function, 1 another function.") Double taxonomyDistance,
        @Schema(description = "l = min(1, |grade difference| / 6), rounded to 3 places.") Double levelDistance,
        @Schema(description = "x: 1 if the levels are on different tracks, else 0.") Integer trackChange,
        @Schema(description = "The stored skill similarity of the two profiles, 0 to 1 (4 places); absent when the pair is not stored.", example = "0.9943") Double skillSimilarity,
        @Schema(description = "0.5 * skillSimilarity + 0.5 * (1 - distance), stored with it (4 places); absent when the pair is not stored.", example = "0.968") Double blend,
        @Schema(description = "The neighbour's function code.") String function,
        @Schema(description = "The neighbour's focus code.") String focus,
        @Schema(description = "The neighbour's level code.") String level) {

    static AdjacentRole of(QueryRow r) {
        return new AdjacentRole(r.text("profileCode"), r.text("title"), r.number("distance"), r.text("band"),
                r.text("bandLabel"), r.number("taxonomyDistance"), r.number("levelDistance"), r.integer("trackChange"),
                r.number("skillSimilarity"), r.number("blend"), r.text("function"), r.text("focus"), r.text("level"));
    }
}
