package org.canon.graph.profile;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A profile's whole card, the facts its profile page shows in page order: identity, record metadata, the focus
 * texts, responsibilities by level, the level-guidelines rubric, the level definition, skills with their source,
 * market pay, provenance with the pass rule, adjacent roles and classification mappings. Built by
 * {@link CardAssembler} from the answers of the {@code profile}, {@code skills} and {@code adjacency} queries.
 * Facts the graph does not hold are null (an empty list for lists).
 */
@Schema(description = "A profile's whole card: every fact its profile page shows.")
public record ProfileCard(
        @Schema(description = "The profile's code, FUNCTION.FOCUS.LEVEL.", example = "HEALTH.HEALTHIN8668.M3") String code,
        @Schema(description = "The profile's IRI.", example = "https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.M3") String iri,
        @Schema(description = "The profile's title.", example = "Health Informatics — M3") String title,
        @Schema(description = "Title aliases, in alphabetical order.") List<String> aliases,
        Concept function,
        Focus focus,
        Level level,
        @Schema(description = "Record metadata.") RecordMetadata record,
        @Schema(description = "The responsibilities of every level of the focus on the profile's track, lowest level first.")
        List<Rung> responsibilitiesByLevel,
        @Schema(description = "The level-guidelines rubric of the focus (or of the function when the focus has none), lowest level first.")
        List<RubricRow> levelGuidelines,
        @Schema(description = "The skills the profile has directly, each with where it comes from: focus, function baseline, track, level, occupational base.")
        List<Skill> skills,
        @Schema(description = "Market pay; null when the graph holds none.") Pay marketPay,
        @Schema(description = "The quality assessment with the pass rule; null when the graph holds none.") Provenance provenance,
        @Schema(description = "The nearest profiles by structural coordinates (query 'adjacency', its default limit).")
        List<AdjacentRole> adjacentRoles,
        @Schema(description = "Classification mappings to external taxonomies, as stated in the mapping sets, by code.")
        List<Mapping> mappings) {

    /** A concept of the taxonomy: function, focus or level. */
    @Schema(description = "A concept of the taxonomy.")
    public record Concept(
            @Schema(example = "HEALTH") String code,
            @Schema(example = "Health Information Technology") String label,
            String iri) {}

    /** The profile's focus with its texts. */
    @Schema(description = "The focus with its description, 'distinct from' note and differentials.")
    public record Focus(
            @Schema(example = "HEALTHIN8668") String code,
            @Schema(example = "Health Informatics") String label,
            String iri,
            @Schema(description = "The focus description.") String definition,
            @Schema(description = "The 'Distinct from ...' sentence.") String scopeNote,
            @Schema(description = "Skill differential against the function baseline.", example = "Material differential") String skillDifferential,
            @Schema(description = "Pay differential against the function baseline.", example = "Material differential") String payDifferential) {}

    /** The profile's level with its generic definition. */
    @Schema(description = "The level with its generic definition.")
    public record Level(
            @Schema(example = "M3") String code,
            String label,
            String iri,
            @Schema(example = "Senior Manager") String displayLabel,
            @Schema(example = "Management") String track,
            @Schema(description = "Rank on its track, 1 the lowest.") Integer rank,
            @Schema(description = "Grade shared by both tracks (equivalent levels have the same grade).") Integer grade,
            String definition,
            String scope,
            String autonomy,
            String complexity,
            String impact,
            String decisionRights,
            String leadership,
            @Schema(example = "8–12 yrs") String typicalExperience,
            Integer minYearsExperience,
            Integer maxYearsExperience) {}

    /** Record metadata of the curated profile. */
    @Schema(description = "Record metadata.")
    public record RecordMetadata(
            @Schema(example = "Approved") String status,
            @Schema(example = "High confidence") String confidenceBand,
            @Schema(example = "0.9") Double confidenceScore,
            @Schema(example = "global") String region,
            @Schema(example = "v1") String version) {}

    /** One level of the focus's ladder and its responsibilities, in order. */
    @Schema(description = "One level of the focus's ladder with its responsibilities.")
    public record Rung(
            @Schema(example = "M3") String level,
            @Schema(description = "The code of the profile at that level.") String profile,
            @Schema(description = "Whether this is the card's own profile.") boolean current,
            List<String> responsibilities) {}

    /** One level's row of the rubric: a cell per rubric dimension, in the dimensions' order. */
    @Schema(description = "One level's row of the level-guidelines rubric.")
    public record RubricRow(@Schema(example = "M3") String level, List<RubricCell> cells) {}

    /** One cell of the rubric. */
    @Schema(description = "One cell of the rubric.")
    public record RubricCell(@Schema(example = "Knowledge & Application") String dimension, String text) {}

    /** A skill the profile has directly, and where it comes from. */
    @Schema(description = "A skill the profile has directly, with its source.")
    public record Skill(
            String iri,
            @Schema(example = "EHR/EMR expertise") String label,
            String definition,
            @Schema(description = "Where the skill comes from (label of a canon:SkillSource).", example = "Focus") String source,
            @Schema(description = "The canon:SkillSource (IRI).") String sourceIri,
            @Schema(description = "What gave the skill: the focus, function or track name, the level or occupation code.") String via) {}

    /** Market pay as a distribution. */
    @Schema(description = "Market pay.")
    public record Pay(
            @Schema(example = "USD") String currency,
            @Schema(example = "120000") Double median,
            @Schema(example = "95000") Double min,
            @Schema(example = "153000") Double max,
            @Schema(description = "The period of the amounts, an ISO 8601 duration.", example = "P1Y") String period) {}

    /**
     * The quality assessment: the scores by dimension, their minimum, and whether the profile passes (see
     * {@link CardRules#passes}).
     */
    @Schema(description = "The quality assessment and its pass rule: a profile passes when its lowest score is at least the threshold.")
    public record Provenance(
            List<Score> scores,
            @Schema(description = "The lowest score; null without scores.") Double minimum,
            @Schema(example = "4.0") Double passThreshold,
            @Schema(description = "Whether the lowest score is at least the threshold.") boolean passed,
            @Schema(description = "How many sources the assessment drew on.", example = "10") Integer sourceCount,
            @Schema(description = "Who assessed the profile.") String assessedBy) {

        /** The assessment of these scores against the threshold, by the pass rule. */
        static Provenance assess(List<Score> scores, Double passThreshold, Integer sourceCount, String assessedBy) {
            Double minimum = CardRules.minimum(scores);
            return new Provenance(scores, minimum, passThreshold, CardRules.passes(minimum, passThreshold), sourceCount,
                    assessedBy);
        }
    }

    /** One quality dimension's score, 1 to 5. */
    @Schema(description = "One quality dimension's score.")
    public record Score(@Schema(example = "Level differentiation") String dimension, @Schema(example = "4.5") Double score) {}

    /** A classification mapping as stated in a mapping set (an SSSOM record). */
    @Schema(description = "A classification mapping as stated in a mapping set.")
    public record Mapping(
            @Schema(description = "The external concept (IRI).") String target,
            @Schema(description = "Its code.", example = "15-1211") String code,
            @Schema(description = "Its name.") String label,
            @Schema(description = "The SKOS mapping relation (IRI).") String predicate,
            @Schema(description = "The mapping justification (a semapv IRI).") String justification,
            Double confidence,
            @Schema(example = "jfm-factory.resolve") String tool,
            @Schema(description = "The author (IRI).") String author,
            @Schema(description = "The mapping date.", example = "2026-11-26") String date,
            @Schema(description = "The mapping record (IRI).") String mapping) {}
}
