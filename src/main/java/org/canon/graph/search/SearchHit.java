package org.canon.graph.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A concept found by words. The first four fields are those the profile search answered before it used the text
 * index (then a row of the named query {@code search}): {@code score} is now a relevance number, and {@code matched}
 * names the fields of the index.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A concept found by words: a Canon profile, focus, function, level or skill, or a concept of an "
        + "imported scheme (O*NET-SOC, SOC 2018, SOC 2010, ISCO-08, ESCO).")
public record SearchHit(
        @Schema(description = "Its code (skos:notation); absent when it has none (the Canon skills).",
                example = "HEALTH.HEALTHIN8668.M3") String code,
        @Schema(description = "Its preferred label.", example = "Health Informatics — M3") String title,
        @Schema(description = "Relevance (Lucene's BM25 over the preferred label weighted 4, the alternative labels and "
                + "titles 2, the definition 0.5; a query that is the whole code adds 20): higher is better, comparable "
                + "within one answer; rounded to 4 decimals.", example = "16.3796") double score,
        @Schema(description = "Where the words were found, in this order: title (the preferred label), alias (an "
                + "alternative label or title), definition, code.", example = "title, alias, definition") String matched,
        @Schema(description = "Its IRI.", example = "https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.M3") String iri,
        @Schema(description = "Its scheme's short name.", example = "canon") String scheme,
        @Schema(description = "What it is in its scheme.", example = "profile") String type,
        @Schema(description = "The path of its page on this service; absent when it has none.",
                example = "/id/profile/HEALTH.HEALTHIN8668.M3") String page) {}
