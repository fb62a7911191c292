package org.canon.graph.profile;

import java.util.List;
import java.util.Objects;

/**
 * The decisions the profile card makes, as opposed to facts it reads from the graph; tested in
 * {@code CardRulesTest}.
 *
 * <ul>
 *   <li>The pass rule of a quality assessment: a profile passes when its lowest dimension score is at least the
 *       assessment's threshold (the page's "passes at ≥4 on the minimum dimension"); without scores or without a
 *       threshold it does not pass.</li>
 *   <li>The code of an external concept when its taxonomy is not imported: the last segment of its IRI.</li>
 * </ul>
 */
final class CardRules {
    private CardRules() {}

    /** The lowest of the scores given, or null when none is given. */
    static Double minimum(List<ProfileCard.Score> scores) {
        return scores.stream().map(ProfileCard.Score::score).filter(Objects::nonNull)
                .min(Double::compare).orElse(null);
    }

    /** The pass rule: the lowest score is at least the threshold. */
    static boolean passes(Double minimum, Double threshold) {
        return minimum != null && threshold != null && minimum >= threshold;
    }

    /** A concept's code: its {@code skos:notation}, else the last segment of its IRI. */
    static String code(String notation, String iri) {
        if (notation != null) {
            return notation;
        }
        return iri == null ? null : iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
