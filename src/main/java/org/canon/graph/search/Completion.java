package org.canon.graph.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** A concept whose label (or code) completes what was typed: one answer of the autocomplete. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A concept whose preferred label, an alternative label or its code completes the prefix.")
public record Completion(
        @Schema(description = "Its preferred label.", example = "Health Informatics — M3") String label,
        @Schema(description = "The text the prefix completes: the preferred label, else the alternative label, else "
                + "the code.", example = "Health Informatics — M3") String matched,
        @Schema(description = "Its code (skos:notation); absent when it has none.", example = "HEALTH.HEALTHIN8668.M3") String code,
        @Schema(description = "Its IRI.", example = "https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.M3") String iri,
        @Schema(description = "Its scheme's short name.", example = "canon") String scheme,
        @Schema(description = "What it is in its scheme.", example = "profile") String type,
        @Schema(description = "The path of its page on this service; absent when it has none.",
                example = "/id/profile/HEALTH.HEALTHIN8668.M3") String page) {}
