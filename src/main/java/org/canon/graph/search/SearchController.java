package org.canon.graph.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.canon.graph.text.TextCorpus;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search} and {@code GET /api/suggest}, answered from the text index. The parameters' ranges are
 * {@link SearchService}'s ({@code SearchApiTests} keeps the description in step); the values of {@code scheme} and
 * {@code type} are {@link TextCorpus#SCHEMES} and {@link TextCorpus#TYPES}.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "search", description = "Full-text search and autocomplete over Canon and the imported schemes.")
class SearchController {
    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @Operation(operationId = "search", summary = "Find concepts by words",
            description = "Concepts of Canon and of every imported scheme whose labels, alternative labels, code or "
                    + "definition hold the words, best first (relevance by BM25, from the text index). A word may match "
                    + "another form of itself (informatics, informatic). 400 for an empty or too long q, an unknown "
                    + "scheme or type, or a limit out of range.")
    @GetMapping("/search")
    List<SearchHit> search(@RequestParam(required = false) @Parameter(required = true, description = TEXT,
                                   example = "health informatics", schema = @Schema(type = "string", minLength = 2, maxLength = 200)) String q,
                           @RequestParam(required = false) @Parameter(description = SCHEME,
                                   array = @ArraySchema(schema = @Schema(type = "string"))) List<String> scheme,
                           @RequestParam(required = false) @Parameter(description = TYPE,
                                   array = @ArraySchema(schema = @Schema(type = "string"))) List<String> type,
                           @RequestParam(required = false) @Parameter(description = "How many concepts to return.",
                                   schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "1000", defaultValue = "20")) Integer limit) {
        return search.search(q, scheme, type, limit);
    }

    @Operation(operationId = "suggest", summary = "Complete a name (autocomplete)",
            description = "Concepts whose preferred or alternative label has words starting with the words typed, the "
                    + "last one as a prefix (a prefix with a digit also completes codes): those whose preferred label "
                    + "starts with it first, then shorter labels. For a search box; not the crosswalk suggestions of "
                    + "/api/suggestions. 400 for an empty or too long q, an unknown scheme or type, or a limit out of range.")
    @GetMapping("/suggest")
    List<Completion> suggest(@RequestParam(required = false) @Parameter(required = true,
                                     description = "What has been typed so far: 1 to 100 characters.", example = "health inf",
                                     schema = @Schema(type = "string", minLength = 1, maxLength = 100)) String q,
                             @RequestParam(required = false) @Parameter(description = SCHEME,
                                     array = @ArraySchema(schema = @Schema(type = "string"))) List<String> scheme,
                             @RequestParam(required = false) @Parameter(description = TYPE,
                                     array = @ArraySchema(schema = @Schema(type = "string"))) List<String> type,
                             @RequestParam(required = false) @Parameter(description = "How many completions to return.",
                                     schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "50", defaultValue = "10")) Integer limit) {
        return search.suggest(q, scheme, type, limit);
    }

    private static final String TEXT = "The words to search for: 2 to 200 characters. A code (HEALTH.HEALTHIN8668.M3, "
            + "15-1211, 2512) finds its concept first.";
    private static final String SCHEME = "Only concepts of these schemes (repeat the parameter, or separate with "
            + "commas): canon (profiles, focuses, functions), canon-levels, canon-skills, and the imported schemes.";
    private static final String TYPE = "Only concepts of these types (repeat, or separate with commas).";

    /** The values of {@code scheme} and {@code type} in the API's description: those of the text index. */
    @Bean
    static OperationCustomizer searchFilterValues() {
        return (operation, handler) -> {
            if (handler.getBeanType() == SearchController.class && operation.getParameters() != null) {
                operation.getParameters().forEach(p -> {
                    List<String> values = p.getName().equals("scheme") ? TextCorpus.SCHEMES
                            : p.getName().equals("type") ? TextCorpus.TYPES : null;
                    if (values != null) {
                        p.getSchema().getItems().setEnum(List.copyOf(values));
                    }
                });
            }
            return operation;
        };
    }
}
