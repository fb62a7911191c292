package org.canon.graph.similar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One similar occupation, as {@code GET /api/similar} answers it: a row of the named query
 * {@code similar-occupations}.
 *
 * @param rank  1 for the most similar
 * @param code  the similar occupation's code, e.g. 15-1211.01
 * @param label its title
 * @param score the similarity score, 0 to 1
 * @param evidence why: the job-zone difference and the shared elements that add most to the score
 */
public record SimilarOccupation(int rank, String code, String label, double score, Evidence evidence) {

    /**
     * @param jobZoneDifference the similar occupation's job zone minus the occupation's; null when either has none
     * @param sharedElements    the shared skills or knowledge areas that add most to the score, most first
     */
    public record Evidence(Integer jobZoneDifference, List<SharedElement> sharedElements) {}

    /**
     * @param code         the O*NET element ID, e.g. 2.C.3.a
     * @param label        its name, e.g. Computers and Electronics
     * @param contribution what it adds to the score
     */
    public record SharedElement(String code, String label, double contribution) {}

    static SimilarOccupation of(Map<String, Object> row) {
        List<SharedElement> shared = new ArrayList<>();
        for (int i = 1; i <= 3 && row.containsKey("element" + i); i++) {
            shared.add(new SharedElement(String.valueOf(row.get("element" + i)),
                    (String) row.get("element" + i + "Label"), number(row.get("contribution" + i))));
        }
        Object zone = row.get("jobZoneDifference");
        return new SimilarOccupation(((Number) row.get("rank")).intValue(), String.valueOf(row.get("similarCode")),
                (String) row.get("label"), number(row.get("score")),
                new Evidence(zone == null ? null : ((Number) zone).intValue(), List.copyOf(shared)));
    }

    private static double number(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }
}
