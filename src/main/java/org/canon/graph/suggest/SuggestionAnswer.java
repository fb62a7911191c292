package org.canon.graph.suggest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.canon.graph.text.TextEntry;

/**
 * The answer of {@code GET /api/suggestions}: the source concept, the target scheme and the ranked candidates,
 * each with its evidence.
 */
public record SuggestionAnswer(Concept source, String target, List<Candidate> candidates) {

    /** A concept: its scheme's short name, IRI, code and preferred label. */
    public record Concept(String scheme, String iri, String code, String label) {
        static Concept of(TextEntry e) {
            return new Concept(e.scheme(), e.iri(), e.notation(), e.label());
        }
    }

    /** One candidate: rank (1 = best), the concept, its score in [0, 1] and its evidence. */
    public record Candidate(int rank, String iri, String code, String label, double score, List<Evidence> evidence) {}

    /**
     * One piece of evidence, by {@code kind}: {@code chain} (the walk through the published mappings: its steps
     * with each mapping and predicate, whether it composes by SSSOM's rules and to which predicate, the number of
     * shortest walks and the product of confidences), {@code sharedTitles} (the titles both have),
     * {@code textSimilarity} (best title cosine, definition cosine, rank among the text index's answers) or
     * {@code skillOverlap} (the share and the skills both hold).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(String kind, List<Step> steps, Boolean strict, String predicate, Long paths,
                           Double confidence, List<String> titles, Double titleSimilarity,
                           Double definitionSimilarity, Integer textRank, Double value, List<String> skills) {}

    /** One step of a walk: the mapping record, and the predicate read in the walk's direction. */
    public record Step(String mapping, String from, String predicate, String to) {}

    static SuggestionAnswer of(TextEntry source, String target, List<SuggestionEngine.Candidate> candidates) {
        return new SuggestionAnswer(Concept.of(source), target, candidates.stream().map(SuggestionAnswer::candidate).toList());
    }

    static Candidate candidate(SuggestionEngine.Candidate c) {
        List<Evidence> ev = new ArrayList<>();
        SuggestionEngine.MappingChain chain = c.evidence().chain();
        if (chain != null) {
            ev.add(new Evidence("chain", chain.steps().stream().map(s -> new Step(s.mapping(), s.from(), s.predicate(),
                    s.to())).toList(), chain.strict(), chain.composedPredicate(), chain.paths(),
                    round(c.feature(Feature.CHAIN_CONFIDENCE)), null, null, null, null, null, null));
        }
        if (!c.evidence().sharedTitles().isEmpty()) {
            ev.add(new Evidence("sharedTitles", null, null, null, null, null, c.evidence().sharedTitles(), null, null,
                    null, null, null));
        }
        double rank = c.feature(Feature.TEXT_RANK);
        ev.add(new Evidence("textSimilarity", null, null, null, null, null, null, round(c.feature(Feature.TITLE_BEST)),
                round(c.feature(Feature.DEFINITION)), rank == 0 ? null : (int) Math.round(1 / rank), null, null));
        if (!c.evidence().sharedSkills().isEmpty()) {
            ev.add(new Evidence("skillOverlap", null, null, null, null, null, null, null, null, null,
                    round(c.feature(Feature.SKILL_OVERLAP)), c.evidence().sharedSkills()));
        }
        return new Candidate(c.rank(), c.target().iri(), c.target().notation(), c.target().label(), round(c.score()), ev);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
