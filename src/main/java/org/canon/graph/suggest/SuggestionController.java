package org.canon.graph.suggest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.canon.graph.query.NotFoundException;
import org.canon.graph.external.Scheme;
import org.canon.graph.query.BadParameterException;
import org.canon.graph.text.TextEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/suggestions}: ranked crosswalk suggestions for one concept, with their evidence. */
@RestController
class SuggestionController {
    static final int MAX_LIMIT = 100;
    private final SuggestionService suggestions;

    SuggestionController(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Operation(summary = "Ranked crosswalk suggestions for one concept in another scheme, each with its score in "
            + "[0, 1] and its evidence (walk through the published mappings, shared titles, text similarity, skill "
            + "overlap). 400 for an unknown scheme or a bad limit, 404 for an unknown code or IRI.")
    @GetMapping(path = "/api/suggestions", produces = "application/json")
    SuggestionAnswer suggestions(
            @Parameter(description = "The source's scheme: canon, onet-soc, soc2018, soc2010, isco08 or esco")
            @RequestParam String scheme,
            @Parameter(description = "The source's code (ESCO: its code column, e.g. 1342.1)")
            @RequestParam(required = false) String code,
            @Parameter(description = "The source's IRI, instead of code") @RequestParam(required = false) String iri,
            @Parameter(description = "The target scheme") @RequestParam String target,
            @Parameter(description = "Most candidates returned, 1 to 100") @RequestParam(defaultValue = "10") int limit) {
        Scheme from = scheme(scheme, "scheme");
        Scheme to = scheme(target, "target");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if ((code == null || code.isBlank()) == (iri == null || iri.isBlank())) {
            throw new BadParameterException("code", "give either code or iri (exactly one)");
        }
        SuggestionEngine engine = suggestions.engine();
        TextEntry source = (code != null && !code.isBlank() ? engine.byCode(from, code) : engine.concept(iri))
                .filter(e -> e.scheme().equals(from.key()))
                .orElseThrow(() -> new NotFoundException("No " + from.title() + " occupation with "
                        + (code != null && !code.isBlank() ? "code '" + code + "'" : "IRI <" + iri + ">")));
        return SuggestionAnswer.of(source, to.key(), engine.suggest(source.iri(), to, limit));
    }

    private static Scheme scheme(String value, String parameter) {
        return Scheme.of(value).orElseThrow(() -> new BadParameterException(parameter,
                "unknown scheme '" + value + "'; known: " + Scheme.keys()));
    }
}
