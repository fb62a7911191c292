package org.canon.graph.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.canon.graph.query.QueryRow;

/**
 * One doubtful mapping flagged by a check: a row of a {@code check-*} query. Each check fills the columns its
 * header lists (always {@code profileCode}, {@code title} and {@code problem}); the others are absent.
 * {@code MappingChecksTest} keeps the components in step with the checks' columns.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A doubtful mapping flagged by a check; each check fills the columns its query's header lists.")
public record Finding(
        @Schema(description = "The profile's code.", requiredMode = Schema.RequiredMode.REQUIRED) String profileCode,
        @Schema(description = "The profile's title.") String title,
        @Schema(description = "Its management level (check-management-outside-managers).") String level,
        @Schema(description = "The code it is mapped to.") String targetCode,
        @Schema(description = "The external concept (IRI).") String target,
        @Schema(description = "The SKOS mapping relation (IRI).") String predicate,
        @Schema(description = "A more detailed occupation under the target (check-broad-code).") String detailCode,
        @Schema(description = "That occupation's name (check-broad-code).") String detailLabel,
        @Schema(description = "How much better that occupation's titles match the profile than the target's (check-broad-code).") Double detailSimilarity,
        @Schema(description = "The profile one level below on the same track (check-level-switch).") String belowCode,
        @Schema(description = "The code that profile is mapped to (check-level-switch).") String belowTargetCode,
        @Schema(description = "The taxonomy the code should be in (check-unknown-codes).") String schemeName,
        @Schema(description = "The mapping set holding the mapping (IRI).") String mappingSet,
        @Schema(description = "The tool that produced the mapping, if any.") String tool,
        @Schema(description = "How many mappings the profile has that are not curated (check-unmapped-profiles).") Integer otherMappings,
        @Schema(description = "What is doubtful, in words.", requiredMode = Schema.RequiredMode.REQUIRED) String problem) {

    static Finding of(QueryRow r) {
        return new Finding(r.text("profileCode"), r.text("title"), r.text("level"), r.text("targetCode"),
                r.text("target"), r.text("predicate"), r.text("detailCode"), r.text("detailLabel"), r.number("detailSimilarity"),
                r.text("belowCode"), r.text("belowTargetCode"), r.text("schemeName"),
                r.text("mappingSet"), r.text("tool"), r.integer("otherMappings"), r.text("problem"));
    }
}
