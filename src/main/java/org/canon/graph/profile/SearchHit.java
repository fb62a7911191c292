package org.canon.graph.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.canon.graph.query.QueryRow;

/** A profile found by words: one row of the {@code search} query. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A profile matching the words (a row of the query 'search').")
public record SearchHit(
        @Schema(description = "The profile's code.", example = "HEALTH.HEALTHIN8668.M3") String code,
        @Schema(description = "The profile's title.") String title,
        @Schema(description = "Relevance: per word, 3 for the title, 2 for an alias, 2 for the focus name, 1 for the function name.") Integer score,
        @Schema(description = "The fields some word was found in.", example = "title, focus, function") String matched) {

    static SearchHit of(QueryRow r) {
        return new SearchHit(r.text("code"), r.text("title"), r.integer("score"), r.text("matched"));
    }
}
