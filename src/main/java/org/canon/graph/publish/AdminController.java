package org.canon.graph.publish;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.load.ShapeValidator;
import org.canon.graph.source.SourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/reload} and {@code POST /api/admin/import}: a new release while serving, guarded like
 * SPARQL Update (HTTP Basic with the {@code canon.admin.*} credentials: 401 without them, 403 when writes are off).
 * Invalid sources answer 422 with the validation report ({@code problems}, each naming its file and line or its
 * focus node) and leave the live release as it was; 409 when a reload or import is already running.
 */
@RestController
@RequestMapping(path = "/api/admin", produces = "application/json")
class AdminController {
    private final PublishService publish;
    private final AdminAccess access;

    AdminController(PublishService publish, AdminAccess access) {
        this.publish = publish;
        this.access = access;
    }

    @Operation(summary = "Validate the Canon sources as the load command does and swap them in as a new release, in one "
            + "transaction; readers see the release before until it commits. Needs the admin credentials (HTTP Basic).")
    @PostMapping("/reload")
    ResponseEntity<Published> reload(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @Parameter(description = "A checkout folder on the server to load from; default: the service's own sources "
                    + "(canon.sources.dir, or the copies in the jar)") @RequestParam(required = false) String sources) {
        access.check(authorization);
        long t0 = System.nanoTime();
        CanonLoader.LoadReport report = publish.reload(sources == null ? null : Path.of(sources));
        return created(Published.of(report.release(),
                report.warnings().stream().map(ShapeValidator.Finding::toString).toList(), millis(t0)));
    }

    @Operation(summary = "Import external taxonomies (O*NET, SOC 2018, ISCO-08, ESCO, crosswalks) from folders on the "
            + "server as the import command does, as a new release in one transaction. Needs the admin credentials.")
    @PostMapping("/import")
    ResponseEntity<Published> importFolders(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @Parameter(description = "A folder on the server holding the publishers' files (repeat for several)")
            @RequestParam(name = "folder", required = false) List<String> folders) {
        access.check(authorization);
        long t0 = System.nanoTime();
        ExternalImporter.ImportReport report = publish.importFolders(
                folders == null ? List.of() : folders.stream().map(Path::of).toList());
        return created(Published.of(report.release(), List.of(), millis(t0)));
    }

    private static ResponseEntity<Published> created(Published p) {
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/releases/" + p.release())).body(p);
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @ExceptionHandler(AdminAccess.Refused.class)
    ResponseEntity<ProblemDetail> refused(AdminAccess.Refused e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
        p.setTitle(e.status == HttpStatus.UNAUTHORIZED ? "Unauthorized" : "Writes are off");
        ResponseEntity.BodyBuilder b = ResponseEntity.status(e.status);
        if (e.status == HttpStatus.UNAUTHORIZED) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Canon Graph\"");
        }
        return b.body(p);
    }

    @ExceptionHandler(SourceException.class)
    ProblemDetail invalid(SourceException e) {
        String summary = e.getMessage().lines().findFirst().orElse("The sources are not valid").replaceAll(":$", "");
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                summary + "; nothing was changed, the live release is as it was.");
        p.setTitle("Invalid sources");
        p.setProperty("problems", e.problems());
        return p;
    }

    @ExceptionHandler(PublishService.Busy.class)
    ProblemDetail busy(PublishService.Busy e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Busy");
        return p;
    }
}
