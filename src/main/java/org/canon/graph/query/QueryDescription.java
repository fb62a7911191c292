package org.canon.graph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A named query as {@code /api/queries} describes it: its {@code #+} header, and its text when one query is
 * described on its own.
 */
@Schema(description = "A named query's header: what it answers, its parameters, its result columns, an example.")
public record QueryDescription(
        @Schema(description = "The query's name, its file name without .rq.", example = "adjacency") String name,
        @Schema(description = "What it answers, in one line.") String summary,
        @Schema(description = "What it answers, in full.") String description,
        @Schema(description = "The query form.", allowableValues = {"SELECT", "CONSTRUCT", "OTHER"}) String form,
        List<Param> params,
        @Schema(description = "Result columns by name, with what each holds.") Map<String, String> columns,
        @Schema(description = "An example call.") String example,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The query text (only when one query is described).") String text) {

    /** One parameter: name, type, default, and the pattern or range a value must fit. */
    @Schema(description = "A parameter of a named query.")
    public record Param(
            @Schema(example = "limit") String name,
            @Schema(allowableValues = {"string", "integer", "decimal", "iri", "boolean"}) String type,
            @JsonProperty("default") @Schema(name = "default", description = "The value used when none is given.") String defaultValue,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "A regular expression the whole value must match.") String pattern,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The smallest value accepted.") BigDecimal min,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The largest value accepted.") BigDecimal max,
            String description) {}

    /** The header of a query, without its text. */
    static QueryDescription of(NamedQuery q) {
        return new QueryDescription(q.name(), q.summary(), q.description(),
                q.query().isConstructType() ? "CONSTRUCT" : q.query().isSelectType() ? "SELECT" : "OTHER",
                q.params().stream().map(p -> new Param(p.name(), p.type().name().toLowerCase(), p.defaultValue(),
                        p.pattern(), p.min(), p.max(), p.description())).toList(),
                q.columns(), q.example(), null);
    }

    /** The same with the query's text. */
    QueryDescription withText(String text) {
        return new QueryDescription(name, summary, description, form, params, columns, example, text);
    }
}
