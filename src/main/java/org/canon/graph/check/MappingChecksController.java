package org.canon.graph.check;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/checks}: the doubtful mappings found by every mapping check. */
@RestController
class MappingChecksController {
    private final MappingChecks checks;

    MappingChecksController(MappingChecks checks) {
        this.checks = checks;
    }

    @Operation(summary = "Run every mapping check (the sparql/check-*.rq queries) and list what each flags.")
    @GetMapping(path = "/api/checks", produces = "application/json")
    List<MappingChecks.Result> checks() {
        return checks.run();
    }
}
