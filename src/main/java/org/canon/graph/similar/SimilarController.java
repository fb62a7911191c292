package org.canon.graph.similar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/similar} (similar occupations) and {@code /api/profiles/{code}/similar} (profiles near one profile by
 * skills), as typed JSON records; bad input answers problem+json.
 */
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

    @Operation(summary = "The profiles nearest to one profile by their skills, whatever their function (query "
            + "'similar-profiles'): rank, code, title, skill similarity, function, focus, level. 400 for a bad "
            + "parameter, 404 when no profile has the code.")
    @GetMapping("/profiles/{code}/similar")
    List<SimilarProfile> profiles(
            @PathVariable String code,
            @Parameter(description = "all (default), other-focuses or other-functions") @RequestParam(required = false) String scope,
            @Parameter(description = "how many, 1 to 100 (default 10)") @RequestParam(required = false) String limit) {
        return similar.profiles(SimilarService.given("code", code, "scope", scope, "limit", limit));
    }
}
