package org.canon.graph.publish;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.query.ResultSetFormatter;
import org.canon.graph.query.NotFoundException;
import org.canon.graph.query.BadParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/releases}: the releases recorded in the graph, one release, and the change log between two releases
 * as JSON or CSV ({@code Accept: text/csv} or {@code ?format=csv}; the CSV is the named query {@code changes}'s table).
 */
@RestController
@RequestMapping("/api/releases")
class ReleaseController {
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private final ReleaseLog releases;

    ReleaseController(ReleaseLog releases) {
        this.releases = releases;
    }

    @Operation(summary = "The releases recorded, oldest first: number, date, kind, the release each revises, size, "
            + "how many concepts each changed, source files with their SHA-256 and the triples of each graph.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<Release> list() {
        return releases.list();
    }

    @Operation(summary = "One release; 404 when no release has that number.")
    @GetMapping(path = "/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    Release release(@PathVariable long version) {
        return releases.get(version).orElseThrow(() -> unknown(version));
    }

    @Operation(summary = "What the releases after 'from' up to 'to' changed, release by release: concepts added, "
            + "removed, retired or changed, with the old and new values (query 'changes'). JSON, or CSV with "
            + "Accept: text/csv or ?format=csv. 'from' may be 0 (from the start).")
    @GetMapping(path = "/{from}/changes/{to}", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> changes(@PathVariable long from, @PathVariable long to,
                              @Parameter(description = "json or csv; overrides the Accept header")
                              @RequestParam(required = false) String format,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false, defaultValue = "") String accept) {
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw new BadParameterException("format", "'" + format + "' is neither json nor csv");
        }
        if (from < 0 || from > to) {
            throw new BadParameterException("from", from + " must be 0 or a release number not above 'to' (" + to + ")");
        }
        if (from > 0 && releases.get(from).isEmpty()) {
            throw unknown(from);
        }
        if (releases.get(to).isEmpty()) {
            throw unknown(to);
        }
        boolean csv = format != null ? format.equals("csv") : accept.contains("text/csv");
        if (csv) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsCSV(out, releases.changesTable(from, to));
            return ResponseEntity.ok().contentType(CSV).body(out.toByteArray());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(releases.changes(from, to));
    }

    private static NotFoundException unknown(long version) {
        return new NotFoundException("No release " + version + " is recorded (GET /api/releases lists them)");
    }
}
