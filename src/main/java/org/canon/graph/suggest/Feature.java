package org.canon.graph.suggest;

/**
 * The evidence a suggestion's score combines, each a number per (source, candidate) pair. The score is
 * {@code 1 / (1 + exp(-(intercept + sum of weight * value)))}, with the weights of {@link ScoringModel}.
 */
public enum Feature {
    /** 1 when a walk through the published mappings reaches the candidate. */
    CHAIN("chain"),
    /** 1 when one of the shortest walks composes by SSSOM's chaining rules (no closeMatch, no sibling turn). */
    CHAIN_STRICT("chainStrict"),
    /** Steps of the shortest walk, divided by the longest walk (0 without a walk). */
    CHAIN_STEPS("chainSteps"),
    /** closeMatch or relatedMatch steps on the best walk (the many-to-many and partial crosswalk rows). */
    CHAIN_LOOSE("chainLoose"),
    /** 1 when the best walk turns from broader to narrower (the candidate is a sibling under a shared concept). */
    CHAIN_SIBLING("chainSibling"),
    /** The product of the mappings' confidences along the best walk (0 without a walk). */
    CHAIN_CONFIDENCE("chainConfidence"),
    /** ln(1 + number of shortest walks). */
    CHAIN_PATHS("chainPaths"),
    /** TF-IDF cosine of the two preferred labels. */
    TITLE("titleCosine"),
    /** Best TF-IDF cosine between any title of one (preferred, alternative, alternate or reported) and any of the other. */
    TITLE_BEST("titleBest"),
    /** TF-IDF cosine of all the titles of one against all the titles of the other. */
    TITLES("titlesCosine"),
    /** ln(1 + number of titles the two share, case, accents and punctuation aside). */
    SHARED_TITLES("sharedTitles"),
    /** TF-IDF cosine of the two definitions. */
    DEFINITION("definitionCosine"),
    /** Mean TF-IDF cosine of each one's titles against the other's definition. */
    TITLE_DEFINITION("titleDefinitionCosine"),
    /** 1 / rank of the candidate among the text index's answers for the source's titles and definition (0 if not among them). */
    TEXT_RANK("textRank"),
    /** 1 when no other candidate for the same source has a higher {@link #TITLE_BEST}. */
    TITLE_TOP("titleTop"),
    /** 1 when no other candidate for the same source has a higher {@link #TITLES}. */
    TITLES_TOP("titlesTop"),
    /** 1 when no other candidate for the same source has a higher {@link #DEFINITION}. */
    DEFINITION_TOP("definitionTop"),
    /** {@link #TITLE_BEST} where a walk reaches the candidate, else 0 (titles weigh more within the published mappings). */
    CHAIN_TITLE("chainTitle"),
    /** {@link #DEFINITION} where a walk reaches the candidate, else 0. */
    CHAIN_DEFINITION("chainDefinition"),
    /** 1 when the candidate is the general occupation of its hierarchy (not a specialisation of another). */
    GENERAL("general"),
    /**
     * Share of the skills one rates important that the other also holds, where both have skill data (a Canon
     * profile and an O*NET-SOC occupation); 0 otherwise. Shown as evidence: no reference with skills on both sides
     * exists to fit its weight, which is therefore 0.
     */
    SKILL_OVERLAP("skillOverlap");

    private final String key;

    Feature(String key) {
        this.key = key;
    }

    /** The name in the weights file and in the evidence. */
    public String key() {
        return key;
    }
}
