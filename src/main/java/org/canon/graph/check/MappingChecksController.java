package org.canon.graph.check;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/checks}: the doubtful mappings found by every mapping check. */
@RestController
@Tag(name = "checks", description = "Checks that flag doubtful classification mappings.")
class MappingChecksController {
    private final MappingChecks checks;

    MappingChecksController(MappingChecks checks) {
        this.checks = checks;
    }

    @Operation(operationId = "mappingChecks", summary = "Run the mapping checks",
            description = "Runs every mapping check (the sparql/check-*.rq queries) and lists what each flags.")
    @GetMapping(path = "/api/checks", produces = "application/json")
    List<MappingChecks.Result> checks() {
        return checks.run();
    }
}
