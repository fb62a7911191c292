package org.canon.graph.similar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/similar}: similar occupations, as typed JSON records; bad input answers problem+json. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class SimilarController {
    private final SimilarService similar;

    SimilarController(SimilarService similar) {
        this.similar = similar;
    }

    @Operation(summary = "The occupations most similar to one external occupation (query 'similar-occupations'): rank, "
            + "code, label, score and evidence (job-zone difference, the shared skills and knowledge that add most). "
            + "400 for a bad parameter, 404 when the scheme has no occupation with that code.")
    @GetMapping("/similar")
    List<SimilarOccupation> occupations(
            @Parameter(description = "the taxonomy: onet-soc") @RequestParam(required = false) String scheme,
            @Parameter(description = "the occupation's code, e.g. 15-1211.00") @RequestParam String code,
            @Parameter(description = "how many, 1 to 20 (default 10)") @RequestParam(required = false) String limit) {
        return similar.occupations(SimilarService.given("scheme", scheme, "code", code, "limit", limit));
    }
}
