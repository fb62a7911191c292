package org.canon.graph.external;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SKOS mapping relation a many-to-many crosswalk implies, from how often each side's code occurs. The
 * published crosswalks cover their source classification completely, so when code A maps to several codes and
 * each of them maps back to A only, A was split and is broader than each ({@code A skos:narrowMatch B}); when
 * several codes map to B and A maps to B only, A was merged into the broader B ({@code A skos:broadMatch B});
 * a one-to-one row is {@code skos:exactMatch}; a row whose codes both occur several times is a partial overlap,
 * neither equivalence nor inclusion: {@code skos:closeMatch} with confidence {@link Crosswalk#PARTIAL}.
 */
final class Cardinality {
    private final Map<String, Integer> subjects = new HashMap<>();
    private final Map<String, Integer> objects = new HashMap<>();

    /** Counts the pairs (subject code, object code) of a whole crosswalk. */
    Cardinality(List<String[]> pairs) {
        for (String[] p : pairs) {
            subjects.merge(p[0], 1, Integer::sum);
            objects.merge(p[1], 1, Integer::sum);
        }
    }

    /** How many object codes a subject code maps to. */
    int targets(String subject) {
        return subjects.getOrDefault(subject, 0);
    }

    /** How many subject codes map to an object code. */
    int sources(String object) {
        return objects.getOrDefault(object, 0);
    }

    String predicate(String subject, String object) {
        boolean split = targets(subject) > 1;
        boolean merged = sources(object) > 1;
        if (split && merged) {
            return Crosswalk.CLOSE;
        }
        return split ? Crosswalk.NARROW : merged ? Crosswalk.BROAD : Crosswalk.EXACT;
    }

    /** The confidence that goes with {@link #predicate}. */
    BigDecimal confidence(String subject, String object) {
        return predicate(subject, object).equals(Crosswalk.CLOSE) ? Crosswalk.PARTIAL : Crosswalk.CERTAIN;
    }

    /** Explains the predicate, e.g. "2010 SOC 11-9039 maps to 3 2018 SOC codes; 2018 SOC 11-9033 has 1 source". */
    String explain(String subjectName, String subject, String objectName, String object) {
        return subjectName + " " + subject + " maps to " + targets(subject) + " " + objectName + " code(s); "
                + objectName + " " + object + " is mapped from " + sources(object) + " " + subjectName + " code(s).";
    }
}
