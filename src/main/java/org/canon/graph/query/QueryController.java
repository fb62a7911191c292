package org.canon.graph.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
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
class QueryController {
    static final MediaType SPARQL_JSON = MediaType.parseMediaType("application/sparql-results+json");
    private final QueryRunner runner;

    QueryController(QueryRunner runner) {
        this.runner = runner;
    }

    @Operation(summary = "List the named queries with their headers: summary, parameters, result columns, example.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> list() {
        return runner.catalog().all().stream().map(QueryController::describe).toList();
    }

    @Operation(summary = "One named query's header and text.")
    @GetMapping(path = "/{name}/describe", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> describe(@PathVariable String name) {
        NamedQuery q = runner.catalog().get(name);
        Map<String, Object> d = describe(q);
        d.put("text", q.text());
        return d;
    }

    @Operation(summary = "Run a named query. Parameters are given as query parameters, e.g. ?code=HEALTH.HEALTHIN8668.M3; "
            + "missing ones take their defaults. Unknown or ill-typed parameters give 400 naming the parameter.")
    @GetMapping("/{name}")
    ResponseEntity<byte[]> run(@PathVariable String name,
                               @Parameter(description = "the query's parameters") @RequestParam Map<String, String> params,
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

    static Map<String, Object> describe(NamedQuery q) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", q.name());
        d.put("summary", q.summary());
        d.put("description", q.description());
        d.put("form", q.query().isConstructType() ? "CONSTRUCT" : q.query().isSelectType() ? "SELECT" : "OTHER");
        d.put("params", q.params().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("type", p.type().name().toLowerCase());
            m.put("default", p.defaultValue());
            if (p.pattern() != null) {
                m.put("pattern", p.pattern());
            }
            if (p.min() != null) {
                m.put("min", p.min());
            }
            if (p.max() != null) {
                m.put("max", p.max());
            }
            m.put("description", p.description());
            return m;
        }).toList());
        d.put("columns", q.columns());
        d.put("example", q.example());
        return d;
    }
}
