package org.canon.graph.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.canon.graph.query.QueryRow;

/** What a profile is called in an external taxonomy: one row of the {@code crosswalk} query. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A mapping of the profile to an external concept, direct or chained (a row of the query 'crosswalk').")
public record CrosswalkEntry(
        @Schema(description = "The external concept (IRI).") String target,
        @Schema(description = "Its code.", example = "11-9111.00") String targetCode,
        @Schema(description = "Its name.") String label,
        @Schema(description = "Its concept scheme (IRI).") String targetScheme,
        @Schema(description = "The scheme's short name.", allowableValues = {"onet-soc", "soc2018", "soc2010", "isco08", "esco"}) String schemeName,
        @Schema(description = "The SKOS mapping relation (IRI).") String predicate,
        @Schema(description = "The mapping's confidence, 0 to 1, if given.") Double confidence,
        @Schema(description = "The mapping justification (a semapv IRI).") String justification,
        @Schema(description = "The tool that produced the mapping, if given.", example = "jfm-factory.resolve") String tool,
        @Schema(description = "The SSSOM mapping set (IRI).") String mappingSet,
        @Schema(description = "The mapping set's title.") String mappingSetTitle,
        @Schema(description = "False for a mapping stated in a mapping set, true for one derived by chaining.") Boolean derived,
        @Schema(description = "The mapping records the answer took, separated by spaces.") String path) {

    static CrosswalkEntry of(QueryRow r) {
        return new CrosswalkEntry(r.text("target"), r.text("targetCode"), r.text("label"), r.text("targetScheme"),
                r.text("schemeName"), r.text("predicate"), r.number("confidence"), r.text("justification"),
                r.text("tool"), r.text("mappingSet"), r.text("mappingSetTitle"), r.bool("derived"), r.text("path"));
    }
}
