package org.canon.graph.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/queries}: the named queries of {@code sparql/}, listed with their headers and run with typed
 * parameters. SELECT queries answer SPARQL JSON results, or CSV for {@code Accept: text/csv}; CONSTRUCT queries
 * answer Turtle, or JSON-LD for {@code Accept: application/ld+json}.
 */
@RestController
@RequestMapping("/api/queries")
@Tag(name = "queries", description = "The named queries of sparql/: listed with their headers and run with typed parameters.")
class QueryController {
    static final MediaType SPARQL_JSON = MediaType.parseMediaType("application/sparql-results+json");
    private final QueryRunner runner;

    QueryController(QueryRunner runner) {
        this.runner = runner;
    }

    @Operation(operationId = "listQueries", summary = "List the named queries",
            description = "Every named query with its header: summary, parameters, result columns, example.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<QueryDescription> list() {
        return runner.catalog().all().stream().map(QueryDescription::of).toList();
    }

    @Operation(operationId = "describeQuery", summary = "Describe one named query",
            description = "One named query's header and text; 404 for an unknown name.")
    @GetMapping(path = "/{name}/describe", produces = MediaType.APPLICATION_JSON_VALUE)
    QueryDescription describe(@PathVariable @Parameter(description = NAME, example = "adjacency") String name) {
        NamedQuery q = runner.catalog().get(name);
        return QueryDescription.of(q).withText(q.text());
    }

    @Operation(operationId = "runQuery", summary = "Run a named query",
            description = "Parameters are given as query parameters, e.g. ?code=HEALTH.HEALTHIN8668.M3; missing ones take "
                    + "their defaults (see the query's description). Unknown or ill-typed parameters give 400 naming the "
                    + "parameter. A SELECT query answers SPARQL JSON results (CSV for Accept: text/csv); a CONSTRUCT query "
                    + "answers Turtle (JSON-LD for Accept: application/ld+json).")
    @ApiResponse(responseCode = "200", description = "The query's answer, in the format asked for.", content = {
            @Content(mediaType = "application/sparql-results+json", schema = @Schema(type = "object",
                    description = "SPARQL 1.1 Query Results JSON (head.vars, results.bindings)")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "SPARQL 1.1 Query Results CSV")),
            @Content(mediaType = "text/turtle", schema = @Schema(type = "string", description = "The graph of a CONSTRUCT query")),
            @Content(mediaType = "application/ld+json", schema = @Schema(type = "object", description = "The graph of a CONSTRUCT query as JSON-LD"))})
    @GetMapping("/{name}")
    ResponseEntity<byte[]> run(@PathVariable @Parameter(description = NAME, example = "adjacency") String name,
                               @Parameter(name = "params", in = ParameterIn.QUERY, style = ParameterStyle.FORM, explode = Explode.TRUE,
                                       description = "The query's parameters as name=value pairs (see its description).",
                                       schema = @Schema(type = "object", additionalPropertiesSchema = String.class),
                                       example = "{\"code\": \"HEALTH.HEALTHIN8668.M3\", \"limit\": \"5\"}")
                               @RequestParam(required = false) Map<String, String> params,
                               @Parameter(hidden = true)
                               @RequestHeader(name = "Accept", required = false, defaultValue = "") String accept) {
        NamedQuery q = runner.catalog().get(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (q.query().isConstructType()) {
            Model model = runner.construct(name, params);
            boolean jsonLd = accept.contains("application/ld+json");
            RDFDataMgr.write(out, model, jsonLd ? Lang.JSONLD : Lang.TURTLE);
            return ResponseEntity.ok().contentType(jsonLd ? MediaType.parseMediaType("application/ld+json")
                    : MediaType.parseMediaType("text/turtle;charset=UTF-8")).body(out.toByteArray());
        }
        ResultSetRewindable rs = runner.select(name, params);
        if (accept.contains("text/csv")) {
            ResultSetFormatter.outputAsCSV(out, rs);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(out.toByteArray());
        }
        ResultSetFormatter.outputAsJSON(out, rs);
        return ResponseEntity.ok().contentType(accept.contains("application/json") ? MediaType.APPLICATION_JSON : SPARQL_JSON)
                .body(out.toByteArray());
    }

    private static final String NAME = "The query's name: a file of sparql/ without .rq.";
}
