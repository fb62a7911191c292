package org.canon.graph.similar;

import java.util.Map;

/**
 * One profile near another by skills, as {@code GET /api/profiles/{code}/similar} answers it: a row of the named
 * query {@code similar-profiles}.
 *
 * @param rank            1 for the most similar
 * @param code            the profile's code, e.g. HEALTH.HEALTHCD4127.M3
 * @param title           its title
 * @param skillSimilarity the skill similarity, 0 to 1
 * @param function        its function code
 * @param focus           its focus code
 * @param level           its level code
 * @param otherFunction   whether it is in another function than the profile asked about
 */
public record SimilarProfile(int rank, String code, String title, double skillSimilarity, String function,
                             String focus, String level, boolean otherFunction) {

    static SimilarProfile of(int rank, Map<String, Object> row) {
        return new SimilarProfile(rank, (String) row.get("profileCode"), (String) row.get("title"),
                ((Number) row.get("skillSimilarity")).doubleValue(), (String) row.get("function"),
                (String) row.get("focus"), (String) row.get("level"), Boolean.TRUE.equals(row.get("otherFunction")));
    }
}
