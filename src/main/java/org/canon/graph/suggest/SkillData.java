package org.canon.graph.suggest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.canon.graph.derive.PendingStore;
import org.canon.graph.external.ExternalIris;
import org.canon.graph.vocab.Canon;

/**
 * The skills each concept holds, where the graph has them: a Canon profile's effective skills (focus, function
 * baseline, track and level skills) and an O*NET-SOC occupation's skills rated important (importance 3 or more of
 * 5), both by name. The Canon generic skills carry O*NET's skill names, so names compare across the two.
 */
final class SkillData {
    /** Least O*NET importance (scale IM, 1 to 5) for a skill to count as one the occupation holds. */
    static final double IMPORTANT = 3.0;
    private static final String PREFIXES = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX canon: <https://w3id.org/canon/ontology#>
            """;
    private static final String CANON = PREFIXES + """
            SELECT ?p ?label WHERE {
              ?p a canon:Profile ; canon:focus ?f ; canon:level ?l ; canon:function ?fn .
              { ?f canon:focusSkill ?s } UNION { ?fn canon:baselineSkill ?s }
              UNION { ?l canon:track/canon:trackSkill ?s } UNION { ?l canon:levelSkill ?s }
              ?s skos:prefLabel ?label
            }""";
    private static final String ONET = PREFIXES + """
            SELECT ?o ?label WHERE {
              ?r canon:occupation ?o ; canon:element ?e ; canon:importance ?im ; canon:ratingDomain "Skills" .
              FILTER (?im >= %s)
              ?e skos:prefLabel ?label
            }""".formatted(IMPORTANT);

    private final Map<String, Set<String>> skills = new HashMap<>();

    static SkillData read(PendingStore store) {
        SkillData d = new SkillData();
        store.select(Canon.GRAPH_TAXONOMY, CANON, row -> d.add(row.getResource("p").getURI(), row.getLiteral("label").getLexicalForm()));
        store.select(ExternalIris.GRAPH_ONET, ONET, row -> d.add(row.getResource("o").getURI(), row.getLiteral("label").getLexicalForm()));
        return d;
    }

    private void add(String concept, String skill) {
        skills.computeIfAbsent(concept, k -> new HashSet<>()).add(skill.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The skills both hold, and their share of the skills of the one with fewer skills that the other could have
     * (a Canon skill counts only if it is an O*NET skill name at all); null when either side has no skill data.
     */
    Overlap overlap(String a, String b, Set<String> comparable) {
        Set<String> x = skills.get(a), y = skills.get(b);
        if (x == null || y == null) {
            return null;
        }
        Set<String> xs = new HashSet<>(x);
        Set<String> ys = new HashSet<>(y);
        xs.retainAll(comparable);
        ys.retainAll(comparable);
        if (xs.isEmpty() || ys.isEmpty()) {
            return null;
        }
        List<String> shared = xs.stream().filter(ys::contains).sorted().toList();
        return new Overlap(shared, (double) shared.size() / Math.min(xs.size(), ys.size()));
    }

    /** The skill names O*NET occupations hold, against which Canon skills compare. */
    Set<String> onetSkillNames() {
        Set<String> names = new HashSet<>();
        skills.forEach((c, s) -> {
            if (c.startsWith(ExternalIris.ONET_SOC_SCHEME + "/")) {
                names.addAll(s);
            }
        });
        return names;
    }

    record Overlap(List<String> shared, double value) {}
}
